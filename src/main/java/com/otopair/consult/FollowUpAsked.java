package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer asked a quick question about a completed session: its mechanic has it alone until
 * {@code reservedUntil}, then any mechanic of the shop may answer it. {@code askedAt} is when the
 * customer asked.
 */
public record FollowUpAsked(
    UUID questionId,
    UUID parentSessionId,
    UUID shopId,
    UUID customerId,
    UUID mechanicId,
    Instant askedAt,
    Instant reservedUntil) {}
