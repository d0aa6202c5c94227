package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/**
 * A session has waited two minutes while no mechanic of its shop is online: support should know.
 * Alerted at {@code alertedAt} (a session given back to the queue may be alerted again).
 */
public record SessionUnattended(UUID sessionId, UUID shopId, Instant alertedAt) {}
