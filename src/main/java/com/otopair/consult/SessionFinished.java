package com.otopair.consult;

import java.util.UUID;

/** A session ended, expired or was cancelled; {@code status} says which, {@code reason} why. */
public record SessionFinished(
    UUID sessionId, UUID shopId, UUID customerId, SessionStatus status, EndReason reason) {}
