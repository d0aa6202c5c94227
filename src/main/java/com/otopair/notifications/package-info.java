/**
 * Notifications: branded emails rendered from templates and sent through the outbox, over SMTP or,
 * on a machine without SMTP, into the dev mailbox.
 */
@NullMarked
package com.otopair.notifications;

import org.jspecify.annotations.NullMarked;
