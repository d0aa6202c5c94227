package com.otopair.booking;

import com.otopair.base.ClientAddress;
import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.booking.domain.Booking;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.shops.Offering;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to one booking from its page: cancel it under the shop's policy, force-cancel
 * it with a full refund, move it to another time or mechanic, send its confirmation again, or keep
 * an internal note. Each is one transaction on the booking's locked row, so of two admins acting at
 * once one wins and the other is told it changed meanwhile; each is audited, and the customer is
 * mailed by the notifications module (never about a note).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AdminBookingActions {

  static final int REASON_LENGTH = 500;

  private final BookingAccess access;
  private final BookingSlots slots;
  private final BookingEvents events;
  private final BookingNotes notes;
  private final List<BookingChangeGuard> guards;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  AdminBookingActions(
      BookingAccess access,
      BookingSlots slots,
      BookingEvents events,
      BookingNotes notes,
      List<BookingChangeGuard> guards,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.access = access;
    this.slots = slots;
    this.events = events;
    this.notes = notes;
    this.guards = guards;
    this.publisher = publisher;
    this.clock = clock;
  }

  /**
   * Cancels the booking for its customer as if they had: inside the shop's cancellation window it
   * is late, and the payments module keeps the shop's late share of what was paid.
   */
  public BookingSummary cancel(UUID bookingId, String reason) {
    String why = reason(reason);
    Booking booking = lockedIn(bookingId, Set.of(BookingStatus.CONFIRMED));
    requireNoGuard(bookingId);
    Instant now = clock.instant();
    BookingPolicy policy = slots.policy(booking.getShopId());
    boolean late = now.isAfter(booking.getStartsAt().minus(policy.cancellationWindow()));
    booking.end(BookingStatus.CANCELLED, why, "ADMIN", late, now);
    access.flushOrRefuse("booking.admin.changed-meanwhile");
    events.cancelled(booking, "ADMIN", why, true);
    BookingSummary summary = access.summary(booking);
    audit(
        "BOOKING_CANCELLED_BY_ADMIN",
        bookingId,
        late ? "booking.audit.cancelled-late" : "booking.audit.cancelled-in-time",
        summary.serviceName(),
        english(summary.start(), summary),
        why);
    return summary;
  }

  /** Cancels a held or confirmed booking and gives back everything that was paid. */
  public BookingSummary forceCancel(UUID bookingId, String reason) {
    String why = reason(reason);
    Booking booking = lockedIn(bookingId, Set.of(BookingStatus.CONFIRMED, BookingStatus.HELD));
    booking.end(BookingStatus.CANCELLED, why, "ADMIN", false, clock.instant());
    access.flushOrRefuse("booking.admin.changed-meanwhile");
    events.cancelled(booking, "ADMIN", why, false);
    BookingSummary summary = access.summary(booking);
    audit(
        "BOOKING_FORCE_CANCELLED",
        bookingId,
        "booking.audit.force-cancelled",
        summary.serviceName(),
        english(summary.start(), summary),
        why);
    return summary;
  }

  /**
   * Moves an upcoming confirmed booking to {@code newStart} with {@code mechanicId} (or any free
   * mechanic) through the slot engine, in one transaction: the old time is released only if the new
   * one is secured. Unlike the customer's own moves, it does not count against their limit. A time
   * taken meanwhile is refused with a {@link SlotTakenException} (the nearest free times).
   */
  public BookingSummary move(UUID bookingId, @Nullable UUID mechanicId, Instant newStart) {
    slots.expireHolds();
    Booking old = lockedIn(bookingId, Set.of(BookingStatus.CONFIRMED));
    Instant now = clock.instant();
    if (!old.getStartsAt().isAfter(now)) {
      throw new ConflictException("booking.change.started");
    }
    requireNoGuard(bookingId);
    if (old.getStartsAt().equals(newStart)
        && (mechanicId == null || mechanicId.equals(old.getMechanicId()))) {
      throw new InvalidRequestException("start", "booking.admin.move.same");
    }
    BookingPolicy policy = slots.policy(old.getShopId());
    Offering offering = slots.bookable(old.getShopId(), old.getOfferingId());
    BookingSummary before = access.summary(old);
    old.end(BookingStatus.RESCHEDULED, null, "ADMIN", false, now);
    access.flushOrRefuse("booking.admin.changed-meanwhile");
    Booking moved =
        slots.take(
            new BookingSlots.Wanted(old.getShopId(), offering, policy, mechanicId, newStart),
            null,
            slot -> old.movedTo(slot, policy, now, false));
    events.changed(old);
    events.freed(old);
    events.confirmed(moved, old.getId());
    BookingSummary after = access.summary(moved);
    audit(
        "BOOKING_MOVED_BY_ADMIN",
        bookingId,
        "booking.audit.moved",
        english(before.start(), before),
        before.mechanicName(),
        english(after.start(), after),
        after.mechanicName(),
        after.id().toString());
    return after;
  }

  /**
   * Sends the confirmation of a confirmed booking again, to its customer: once for this request
   * however often its event is handled, and once more for each further request.
   *
   * @return the request's id, which names the mail
   */
  public UUID resendConfirmation(UUID bookingId) {
    Booking booking = lockedIn(bookingId, Set.of(BookingStatus.CONFIRMED));
    UUID resendId = UUID.randomUUID();
    publisher.publishEvent(new BookingConfirmationResent(booking.getId(), resendId));
    BookingSummary summary = access.summary(booking);
    audit(
        "BOOKING_CONFIRMATION_RESENT",
        bookingId,
        "booking.audit.confirmation-resent",
        summary.customerName(),
        resendId.toString());
    return resendId;
  }

  /** Keeps an internal note on the booking (up to 2,000 characters); no one is mailed. */
  public UUID note(UUID bookingId, String text) {
    String kept = BookingNotes.checked(text);
    Booking booking = BookingAccess.found(access.locked(bookingId));
    UUID id = notes.add(booking.getId(), CurrentUser.require().id(), kept, clock.instant());
    audit("BOOKING_NOTE_ADDED", bookingId, "booking.audit.note-added", cut(kept, 200));
    return id;
  }

  /** The booking, locked, if it is still in one of {@code states}; else it changed meanwhile. */
  private Booking lockedIn(UUID bookingId, Set<BookingStatus> states) {
    Booking booking = BookingAccess.found(access.locked(bookingId));
    if (!states.contains(booking.getStatus())) {
      throw new ConflictException("booking.admin.changed-meanwhile", booking.getStatus().label());
    }
    return booking;
  }

  private void requireNoGuard(UUID bookingId) {
    for (BookingChangeGuard guard : guards) {
      guard
          .refusal(bookingId)
          .ifPresent(
              reason -> {
                throw new ConflictException(reason);
              });
    }
  }

  private static String reason(String reason) {
    PlainText.requireLine("reason", reason);
    String why = reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "booking.cancel.reason.required");
    }
    if (why.length() > REASON_LENGTH) {
      throw new InvalidRequestException("reason", "booking.cancel.reason.too-long");
    }
    return why;
  }

  static String english(Instant at, BookingSummary booking) {
    return Formats.of(I18n.ENGLISH).when(at, booking.zone());
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  private void audit(String action, UUID bookingId, String key, String... args) {
    publisher.publishEvent(
        new BookingAudited(
            action,
            CurrentUser.get().map(SignedInUser::email).orElse(null),
            BookingAudited.subject(bookingId),
            key,
            List.of(args),
            ClientAddress.current(),
            clock.instant()));
  }
}
