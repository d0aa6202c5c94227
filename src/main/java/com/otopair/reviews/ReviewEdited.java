package com.otopair.reviews;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A review's author changed it within its 30 days: its stars before and after. */
public record ReviewEdited(
    UUID reviewId,
    UUID shopId,
    @Nullable UUID mechanicId,
    UUID customerId,
    int starsBefore,
    int stars,
    boolean recommend,
    Instant editedAt) {}
