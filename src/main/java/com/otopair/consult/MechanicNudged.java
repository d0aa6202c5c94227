package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/**
 * A mechanic claimed a session and has written nothing for three minutes; nudged at {@code
 * nudgedAt} (a session given back and claimed again may be nudged again).
 */
public record MechanicNudged(UUID sessionId, UUID mechanicId, Instant nudgedAt) {}
