package com.otopair.booking;

import com.otopair.base.LiveUpdate;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer confirmed a booking, or moved one ({@code rescheduledFrom} is then the booking it
 * replaces); calendars of the shop refresh, the customer gets mail, the shop gets a job. {@code
 * confirmedAt} is when it was confirmed (absent from events written before it was carried: then it
 * was moments before their delivery). {@code remote}: whether its service is done remotely (a
 * session follows it); absent from events written before it was carried, then unknown.
 */
public record BookingConfirmed(
    UUID bookingId,
    UUID shopId,
    UUID mechanicId,
    UUID customerId,
    Instant start,
    @Nullable UUID rescheduledFrom,
    @Nullable Instant confirmedAt,
    @Nullable Boolean remote)
    implements LiveUpdate {

  public BookingConfirmed(
      UUID bookingId,
      UUID shopId,
      UUID mechanicId,
      UUID customerId,
      Instant start,
      @Nullable UUID rescheduledFrom,
      @Nullable Instant confirmedAt) {
    this(bookingId, shopId, mechanicId, customerId, start, rescheduledFrom, confirmedAt, null);
  }

  public BookingConfirmed(
      UUID bookingId,
      UUID shopId,
      UUID mechanicId,
      UUID customerId,
      Instant start,
      @Nullable UUID rescheduledFrom) {
    this(bookingId, shopId, mechanicId, customerId, start, rescheduledFrom, null, null);
  }

  /** Whether it may be of a remote service: true unless known to be done at the shop. */
  public boolean mayBeRemote() {
    return !Boolean.FALSE.equals(remote);
  }

  /** Whether it is a booking moved to a new time rather than a new one. */
  public boolean moved() {
    return rescheduledFrom != null;
  }
}
