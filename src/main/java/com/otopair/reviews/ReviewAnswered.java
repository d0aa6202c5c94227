package com.otopair.reviews;

import java.time.Instant;
import java.util.UUID;

/**
 * The shop's owner answered a review publicly ({@code edited}: changed the answer they had given).
 * Its author is told of a first answer.
 */
public record ReviewAnswered(
    UUID reviewId,
    UUID shopId,
    UUID customerId,
    String serviceName,
    boolean edited,
    Instant answeredAt) {}
