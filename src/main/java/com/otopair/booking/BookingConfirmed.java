package com.otopair.booking;

import com.otopair.base.LiveUpdate;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer confirmed a booking, or moved one ({@code rescheduledFrom} is then the booking it
 * replaces); calendars of the shop refresh, the customer gets mail, the shop gets a job. {@code
 * confirmedAt} is when it was confirmed (absent from events written before it was carried: then it
 * was moments before their delivery).
 */
public record BookingConfirmed(
    UUID bookingId,
    UUID shopId,
    UUID mechanicId,
    UUID customerId,
    Instant start,
    @Nullable UUID rescheduledFrom,
    @Nullable Instant confirmedAt)
    implements LiveUpdate {

  public BookingConfirmed(
      UUID bookingId,
      UUID shopId,
      UUID mechanicId,
      UUID customerId,
      Instant start,
      @Nullable UUID rescheduledFrom) {
    this(bookingId, shopId, mechanicId, customerId, start, rescheduledFrom, null);
  }
}
