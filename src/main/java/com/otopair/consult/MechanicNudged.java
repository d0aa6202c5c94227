package com.otopair.consult;

import java.util.UUID;

/** A mechanic claimed a session and has written nothing for three minutes. */
public record MechanicNudged(UUID sessionId, UUID mechanicId) {}
