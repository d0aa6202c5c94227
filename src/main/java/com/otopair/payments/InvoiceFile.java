package com.otopair.payments;

/** An invoice or receipt as a PDF, and the name to save it under. */
public record InvoiceFile(String filename, byte[] content) {}
