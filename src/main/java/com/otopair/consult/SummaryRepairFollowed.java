package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer followed their sent summary's "book the repair" link to the shop's booking page
 * ({@code from}: where the link says the journey comes in, {@link Intakes#FROM_FOLLOW_UP}).
 * Recorded each time; the CRM keeps the first per session.
 */
public record SummaryRepairFollowed(
    UUID sessionId,
    UUID shopId,
    UUID customerId,
    UUID repairServiceId,
    String from,
    Instant followedAt) {}
