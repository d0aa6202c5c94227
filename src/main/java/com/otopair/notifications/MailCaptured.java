package com.otopair.notifications;

import com.otopair.base.LiveUpdate;

/** A mail was kept for the dev mailbox; an open mailbox shows it at once. */
public record MailCaptured(String to) implements LiveUpdate {}
