package com.otopair.booking;

import com.otopair.booking.domain.Booking;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins did to bookings, written by the demo so the admin's page of a booking has a story to
 * tell: an internal note, and a move to the next free time, both in the audit log as an admin's own
 * actions are ({@link AdminBookingActions}). Not for the screens: nothing here checks who asks.
 */
@Service
@Transactional
public class BookingNoteProvisioning {

  private final BookingAccess access;
  private final BookingSlots slots;
  private final BookingEvents events;
  private final BookingNotes notes;
  private final Availability availability;
  private final ShopMembership shops;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  BookingNoteProvisioning(
      BookingAccess access,
      BookingSlots slots,
      BookingEvents events,
      BookingNotes notes,
      Availability availability,
      ShopMembership shops,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.access = access;
    this.slots = slots;
    this.events = events;
    this.notes = notes;
    this.availability = availability;
    this.shops = shops;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** The admin {@code adminId} ({@code adminEmail}) noted {@code text} on the booking. */
  public void note(UUID bookingId, UUID adminId, String adminEmail, String text) {
    Booking booking = BookingAccess.found(access.locked(bookingId));
    Instant now = clock.instant();
    notes.add(booking.getId(), adminId, BookingNotes.checked(text), now);
    audit(adminEmail, "BOOKING_NOTE_ADDED", bookingId, "booking.audit.note-added", text, now);
  }

  /**
   * The admin moved an upcoming confirmed booking to the first free time of another mechanic or day
   * in the week after it; the customer is mailed as for any admin's move.
   *
   * @return the booking it became, if it could move
   */
  public Optional<UUID> move(UUID bookingId, String adminEmail) {
    slots.expireHolds();
    Booking old = BookingAccess.found(access.locked(bookingId));
    Instant now = clock.instant();
    if (old.getStatus() != BookingStatus.CONFIRMED || !old.getStartsAt().isAfter(now)) {
      return Optional.empty();
    }
    ZoneId zone = shops.zoneOf(old.getShopId());
    BookingPolicy policy = slots.policy(old.getShopId());
    Offering offering = slots.bookable(old.getShopId(), old.getOfferingId());
    LocalDate day = old.getStartsAt().atZone(zone).toLocalDate();
    List<Slot> free =
        availability.everyMechanic(old.getShopId(), offering, day.plusDays(1), day.plusDays(7));
    Optional<Slot> next =
        free.stream().filter(s -> s.start().isAfter(now.plus(policy.minimumNotice()))).findFirst();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    BookingSummary before = access.summary(old);
    old.end(BookingStatus.RESCHEDULED, null, "ADMIN", false, now);
    access.flushOrRefuse("booking.admin.changed-meanwhile");
    Booking moved =
        slots.take(
            new BookingSlots.Wanted(
                old.getShopId(), offering, policy, next.get().mechanicId(), next.get().start()),
            null,
            slot -> old.movedTo(slot, policy, now, false));
    events.changed(old);
    events.freed(old);
    events.confirmed(moved, old.getId());
    BookingSummary after = access.summary(moved);
    audit(
        adminEmail,
        "BOOKING_MOVED_BY_ADMIN",
        bookingId,
        "booking.audit.moved",
        AdminBookingActions.english(before.start(), before),
        before.mechanicName(),
        AdminBookingActions.english(after.start(), after),
        after.mechanicName(),
        after.id().toString(),
        now);
    return Optional.of(moved.getId());
  }

  private void audit(String actor, String action, UUID bookingId, String key, Object... values) {
    Instant at = (Instant) values[values.length - 1];
    List<String> args = Arrays.stream(values, 0, values.length - 1).map(String::valueOf).toList();
    publisher.publishEvent(
        new BookingAudited(action, actor, BookingAudited.subject(bookingId), key, args, null, at));
  }
}
