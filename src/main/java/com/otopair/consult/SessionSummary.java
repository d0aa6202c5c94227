package com.otopair.consult;

import com.otopair.base.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A session as its pages, queues and the admin grid show it. A booked session also has its booking,
 * its time and the mechanic it waits for (none once they gave it back). Times show in the shop's
 * {@code zone}.
 */
public record SessionSummary(
    UUID id,
    UUID shopId,
    String shopName,
    String serviceName,
    String mode,
    UUID customerId,
    String customerName,
    @Nullable UUID mechanicId,
    @Nullable String mechanicName,
    String vehicle,
    String problem,
    SessionStatus status,
    int durationMinutes,
    Money price,
    boolean free,
    int waitLimitMinutes,
    Instant requestedAt,
    Instant queuedAt,
    @Nullable Instant claimedAt,
    @Nullable Instant endsAt,
    @Nullable Instant endedAt,
    @Nullable EndReason endReason,
    List<String> photoUrls,
    @Nullable UUID bookingId,
    @Nullable Instant startsAt,
    @Nullable UUID bookedMechanicId,
    @Nullable String bookedMechanicName,
    ZoneId zone) {

  /** Who the customer meets: its mechanic, else the one it was booked with, else the shop. */
  public String whoToMeet() {
    if (mechanicName != null) {
      return mechanicName;
    }
    return bookedMechanicName != null ? bookedMechanicName : shopName;
  }

  /** Whether it was booked for a time (paid with its booking) rather than asked for now. */
  public boolean booked() {
    return startsAt != null;
  }
}
