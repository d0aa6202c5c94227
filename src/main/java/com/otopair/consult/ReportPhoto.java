package com.otopair.consult;

/** A photo of the session the mechanic may attach to its summary: its file key and address. */
public record ReportPhoto(String key, String url) {}
