package com.otopair.notifications;

/** A rendered email, ready to send. */
public record OutgoingMail(String to, String subject, String text, String html) {}
