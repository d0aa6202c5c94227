package com.otopair.consult;

import java.util.UUID;

/** A mechanic claimed a waiting session. */
public record MechanicJoinedSession(UUID sessionId, UUID mechanicId, UUID customerId) {}
