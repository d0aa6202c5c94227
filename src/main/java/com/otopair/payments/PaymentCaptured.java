package com.otopair.payments;

import java.util.UUID;

/** A payment was charged (or paid at the shop): its receipt goes to the customer. */
public record PaymentCaptured(UUID paymentId, UUID shopId, UUID customerId) {}
