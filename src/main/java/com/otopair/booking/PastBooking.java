package com.otopair.booking;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A visit of the past, for the demo's history: the customer booked the shop's {@code offeringId}
 * with {@code mechanicId} at {@code bookedAt} for {@code start}, moved it to {@code movedTo} (when
 * not null) and it ended as {@code outcome} (completed, cancelled, {@code late} or not, or missed);
 * {@code source} is where it was booked (the web, or the shop on the phone).
 */
public record PastBooking(
    UUID customerId,
    UUID shopId,
    UUID offeringId,
    UUID mechanicId,
    Instant start,
    Instant bookedAt,
    @Nullable Instant movedTo,
    BookingStatus outcome,
    boolean late,
    VehicleDetails vehicle,
    String problem,
    BookingSource source) {

  /** A visit booked on the web. */
  public PastBooking(
      UUID customerId,
      UUID shopId,
      UUID offeringId,
      UUID mechanicId,
      Instant start,
      Instant bookedAt,
      @Nullable Instant movedTo,
      BookingStatus outcome,
      boolean late,
      VehicleDetails vehicle,
      String problem) {
    this(
        customerId,
        shopId,
        offeringId,
        mechanicId,
        start,
        bookedAt,
        movedTo,
        outcome,
        late,
        vehicle,
        problem,
        BookingSource.WEB);
  }
}
