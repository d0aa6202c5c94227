package com.otopair.consult;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A session ended, expired or was cancelled; {@code status} says which, {@code reason} why. A
 * booked session names its booking, whose job and payment follow it.
 */
public record SessionFinished(
    UUID sessionId,
    UUID shopId,
    UUID customerId,
    SessionStatus status,
    EndReason reason,
    @Nullable UUID bookingId) {

  public SessionFinished(
      UUID sessionId, UUID shopId, UUID customerId, SessionStatus status, EndReason reason) {
    this(sessionId, shopId, customerId, status, reason, null);
  }
}
