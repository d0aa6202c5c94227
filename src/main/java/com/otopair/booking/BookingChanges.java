package com.otopair.booking;

import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.booking.domain.Booking;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a confirmed booking by its signed-in customer (cancel, move to another slot) or by an
 * admin (cancel with a full refund). The same from a signed link: {@link ManageLinks}; by the shop:
 * {@link ShopBookings}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BookingChanges {

  private final BookingAccess access;
  private final CustomerChanges changes;
  private final BookingSlots slots;
  private final BookingEvents events;
  private final Clock clock;

  BookingChanges(
      BookingAccess access,
      CustomerChanges changes,
      BookingSlots slots,
      BookingEvents events,
      Clock clock) {
    this.access = access;
    this.changes = changes;
    this.slots = slots;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Cancels a confirmed booking. Inside the shop's cancellation window it is still cancelled but
   * marked late, and the summary says so.
   */
  public BookingSummary cancel(UUID bookingId, String reason) {
    return changes.cancel(access.myLocked(bookingId), reason);
  }

  /**
   * Moves a confirmed booking to another slot in one transaction: the old time is released only if
   * the new one is secured, and the shop's reschedule limit holds.
   */
  public BookingSummary reschedule(UUID bookingId, @Nullable UUID mechanicId, Instant newStart) {
    slots.expireHolds();
    return changes.reschedule(access.myLocked(bookingId), mechanicId, newStart);
  }

  /** Why the customer may not cancel or move their booking now, if another module says so. */
  @Transactional(readOnly = true)
  public Optional<String> changeRefusal(UUID bookingId) {
    return changes.refusal(access.mine(bookingId).getId());
  }

  /**
   * An admin cancels an upcoming booking for the customer, with a reason: the payments module
   * refunds it in full.
   */
  @PreAuthorize("hasRole('ADMIN')")
  public BookingSummary forceCancel(UUID bookingId, String reason) {
    Booking booking = BookingAccess.found(access.locked(bookingId));
    PlainText.requireLine("reason", reason);
    String why = reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "booking.cancel.reason.required");
    }
    if (why.length() > 500) {
      throw new InvalidRequestException("reason", "booking.cancel.reason.too-long");
    }
    if (booking.getStatus() != BookingStatus.CONFIRMED
        && booking.getStatus() != BookingStatus.HELD) {
      throw new ConflictException("booking.cancel.not-active");
    }
    booking.end(BookingStatus.CANCELLED, why, "ADMIN", false, clock.instant());
    access.flushOrRefuse("booking.change.changed-meanwhile");
    events.cancelled(booking, "ADMIN", why);
    return access.summary(booking);
  }
}
