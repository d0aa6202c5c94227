package com.otopair.payments;

import com.otopair.base.Money;
import java.util.UUID;

/** Money went back to the customer's card. */
public record RefundIssued(UUID paymentId, UUID refundId, UUID customerId, Money amount) {}
