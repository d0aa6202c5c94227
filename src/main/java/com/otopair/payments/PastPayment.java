package com.otopair.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The payment of a job of the past (the demo's history): paid at the shop's counter at {@code
 * paidAt}, after a card payment that did not go through when {@code failedFirst}, with {@code
 * refundMinor} (up to all of it) given back {@code refundAfter} later for {@code refundReason} (the
 * admin's words).
 */
public record PastPayment(
    UUID jobId,
    Instant paidAt,
    boolean failedFirst,
    long refundMinor,
    Duration refundAfter,
    String refundReason) {}
