package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/**
 * A mechanic claimed a waiting session at {@code claimedAt}: a session given back and claimed again
 * is another join.
 */
public record MechanicJoinedSession(
    UUID sessionId, UUID mechanicId, UUID customerId, Instant claimedAt) {}
