package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mechanic claimed a waiting session at {@code claimedAt}: a session given back and claimed again
 * is another join. A booked session names its booking, whose job follows it.
 */
public record MechanicJoinedSession(
    UUID sessionId, UUID mechanicId, UUID customerId, Instant claimedAt, @Nullable UUID bookingId) {

  public MechanicJoinedSession(
      UUID sessionId, UUID mechanicId, UUID customerId, Instant claimedAt) {
    this(sessionId, mechanicId, customerId, claimedAt, null);
  }
}
