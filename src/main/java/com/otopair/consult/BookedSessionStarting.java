package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked session starts in five minutes (at {@code startsAt}): its customer and its mechanic are
 * told by email and in the app.
 */
public record BookedSessionStarting(
    UUID sessionId, UUID shopId, UUID customerId, UUID mechanicId, Instant startsAt) {}
