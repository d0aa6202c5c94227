package com.otopair.booking;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the shop fills in when it books for a customer: who (found by {@code customerEmail} or
 * {@code customerPhone}; {@code customerName} and the email create them when unknown), the service,
 * the mechanic and the start of a free slot, and what the customer said ({@code problem},
 * optional).
 */
public record PhoneBooking(
    String customerName,
    @Nullable String customerEmail,
    @Nullable String customerPhone,
    @Nullable UUID offeringId,
    @Nullable UUID mechanicId,
    @Nullable Instant start,
    String problem) {}
