package com.otopair.booking;

import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.booking.domain.Booking;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.shops.Offering;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a customer may do to their confirmed booking under the shop's policy, signed in ({@link
 * BookingChanges}) or from a signed link ({@link ManageLinks}) alike: cancel it, late inside the
 * cancellation window, or move it within the reschedule limit. The callers load the booking locked
 * after checking who asks; other modules may refuse a change ({@link BookingChangeGuard}).
 */
@Component
class CustomerChanges {

  private final BookingAccess access;
  private final BookingSlots slots;
  private final BookingEvents events;
  private final Clock clock;
  private final List<BookingChangeGuard> guards;

  CustomerChanges(
      BookingAccess access,
      BookingSlots slots,
      BookingEvents events,
      Clock clock,
      List<BookingChangeGuard> guards) {
    this.access = access;
    this.slots = slots;
    this.events = events;
    this.clock = clock;
    this.guards = guards;
  }

  /** Why the customer may not cancel or move this booking now, if another module says so. */
  Optional<String> refusal(UUID bookingId) {
    return guards.stream().map(g -> g.refusal(bookingId)).flatMap(Optional::stream).findFirst();
  }

  BookingSummary cancel(Booking booking, String reason) {
    Instant now = clock.instant();
    requireUpcoming(booking, now);
    PlainText.requireLine("reason", reason);
    String why = reason.strip();
    if (why.length() > 500) {
      throw new InvalidRequestException("reason", "booking.cancel.reason.too-long");
    }
    BookingPolicy policy = slots.policy(booking.getShopId());
    boolean late = now.isAfter(booking.getStartsAt().minus(policy.cancellationWindow()));
    booking.end(BookingStatus.CANCELLED, why, "CUSTOMER", late, now);
    access.flushOrRefuse("booking.change.changed-meanwhile");
    events.cancelled(booking, "CUSTOMER", why);
    return access.summary(booking);
  }

  /**
   * Moves {@code old}, loaded locked after the expired holds were released, in one transaction: the
   * old time is released only if the new one is secured.
   */
  BookingSummary reschedule(Booking old, @Nullable UUID mechanicId, Instant newStart) {
    Instant now = clock.instant();
    requireUpcoming(old, now);
    BookingPolicy policy = slots.policy(old.getShopId());
    if (old.getRescheduleCount() >= policy.rescheduleLimit()) {
      throw policy.rescheduleLimit() == 0
          ? new ConflictException("booking.change.no-reschedule")
          : new ConflictException("booking.change.reschedule-limit", old.getRescheduleCount());
    }
    Offering offering = slots.bookable(old.getShopId(), old.getOfferingId());
    old.end(BookingStatus.RESCHEDULED, null, "CUSTOMER", false, now);
    access.flushOrRefuse("booking.change.changed-meanwhile");
    // Refused, it rolls the whole transaction back: the old booking stays as it was.
    Booking moved =
        slots.take(
            new BookingSlots.Wanted(old.getShopId(), offering, policy, mechanicId, newStart),
            null,
            slot -> old.movedTo(slot, policy, now));
    events.changed(old);
    events.freed(old);
    events.confirmed(moved, old.getId());
    return access.summary(moved);
  }

  private void requireUpcoming(Booking booking, Instant now) {
    if (booking.getStatus() != BookingStatus.CONFIRMED) {
      throw new ConflictException("booking.change.not-confirmed");
    }
    if (!booking.getStartsAt().isAfter(now)) {
      throw new ConflictException("booking.change.started");
    }
    refusal(booking.getId())
        .ifPresent(
            reason -> {
              throw new ConflictException(reason);
            });
  }
}
