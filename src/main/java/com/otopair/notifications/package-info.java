/**
 * Notifications: branded emails for every milestone rendered from templates and sent through the
 * outbox (over SMTP or, on a machine without SMTP, into the dev mailbox) and logged; reminders
 * before bookings, sent once across nodes; email preferences; and the in-app inbox with its live
 * bell.
 */
@NullMarked
package com.otopair.notifications;

import org.jspecify.annotations.NullMarked;
