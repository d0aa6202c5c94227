package com.otopair.reviews;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer reviewed a booking or a live session (exactly one of the two ids). */
public record ReviewPosted(
    UUID reviewId,
    UUID shopId,
    @Nullable UUID mechanicId,
    UUID customerId,
    @Nullable UUID bookingId,
    @Nullable UUID sessionId,
    int stars,
    boolean recommend,
    Instant postedAt) {}
