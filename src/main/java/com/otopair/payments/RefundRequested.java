package com.otopair.payments;

import java.util.UUID;

/** A refund was asked for: the outbox carries it to the gateway. */
public record RefundRequested(UUID refundId, UUID paymentId) {}
