package com.otopair.booking;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings the shop's side missed, as other modules' listeners find them (no signed-in user): a
 * booked live session whose mechanic never joined is cancelled by the shop, so the customer pays
 * nothing and the mechanic's time is free again. Its module tells the customer; this says nothing
 * more.
 */
@Service
@Transactional
public class MissedBookings {

  private final BookingAccess access;
  private final BookingEvents events;
  private final Clock clock;

  MissedBookings(BookingAccess access, BookingEvents events, Clock clock) {
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Cancels the confirmed booking for its shop with {@code reason}; false if it is no longer
   * confirmed (cancelled, moved or done meanwhile), so a second call changes nothing.
   */
  public boolean mechanicMissed(UUID bookingId, String reason) {
    return access
        .locked(bookingId)
        .filter(booking -> booking.getStatus() == BookingStatus.CONFIRMED)
        .map(
            booking -> {
              booking.end(BookingStatus.CANCELLED, reason, "SHOP", false, clock.instant());
              access.flushOrRefuse("booking.change.changed-meanwhile");
              events.cancelled(booking, "SHOP", reason);
              return true;
            })
        .orElse(false);
  }
}
