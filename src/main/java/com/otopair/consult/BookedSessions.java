package com.otopair.consult;

import com.otopair.base.AccountLanguage;
import com.otopair.base.I18n;
import com.otopair.base.TransactionLocks;
import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingReassigned;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.MissedBookings;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.scheduling.Availability;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Remote services booked for a time: a confirmed booking of one makes a SCHEDULED session that
 * follows its booking (moved, given to another mechanic, cancelled), and a booked session whose
 * mechanic never joined cancels its booking for the shop, so the customer pays nothing. Through the
 * outbox; each reaction holds the booking's lock and is idempotent, so a reaction handled twice, or
 * twice at once, has its effect once.
 *
 * <p>The outbox knows each reaction by its listener's class and method: they stay here, stable.
 */
@Component
class BookedSessions {

  private final BookingNotices bookings;
  private final MissedBookings missed;
  private final ServiceMenu menu;
  private final Availability availability;
  private final ConsultSessionRepository sessions;
  private final SessionMoves moves;
  private final TransactionLocks locks;
  private final AccountLanguage languages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  BookedSessions(
      BookingNotices bookings,
      MissedBookings missed,
      ServiceMenu menu,
      Availability availability,
      ConsultSessionRepository sessions,
      SessionMoves moves,
      TransactionLocks locks,
      AccountLanguage languages,
      ApplicationEventPublisher events,
      Clock clock) {
    this.bookings = bookings;
    this.missed = missed;
    this.menu = menu;
    this.availability = availability;
    this.sessions = sessions;
    this.moves = moves;
    this.locks = locks;
    this.languages = languages;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A confirmed booking of a remote service gets its session; a moved one takes its session along
   * (a session that already started stays where it is). A booking known to be of a service done at
   * the shop is not handed to this listener at all: no outbox entry, no transaction.
   */
  @ApplicationModuleListener(condition = "#confirmed.mayBeRemote()")
  void on(BookingConfirmed confirmed) {
    follow(confirmed.bookingId(), confirmed.rescheduledFrom() != null);
  }

  /**
   * The session of a confirmed booking of a remote service: made, or taken along from the booking
   * it was {@code moved} from.
   */
  void follow(UUID bookingId, boolean moved) {
    BookingSummary booking = bookings.booking(bookingId);
    // Handled later than it happened: a booking cancelled or moved meanwhile gets no session.
    if (booking.status() != BookingStatus.CONFIRMED || !remote(booking)) {
      return;
    }
    lock(booking.id());
    if (sessions.findByBookingId(booking.id()).isPresent()) {
      return;
    }
    List<UUID> movedFrom = moved ? bookings.movedFrom(booking.id()) : List.of();
    for (UUID previous : movedFrom) {
      lock(previous);
      Optional<ConsultSession> moving = sessions.findByBookingId(previous);
      if (moving.isPresent()) {
        ConsultSession session = moving.get();
        if (sessions.followBooking(
                session.getId(),
                booking.id(),
                booking.start(),
                booking.mechanicId(),
                booking.mechanicName())
            == 1) {
          events.publishEvent(
              new SessionChanged(session.getId(), session.getShopId(), session.getCustomerId()));
        }
        return;
      }
    }
    ConsultSession session =
        sessions.saveAndFlush(
            ConsultSession.booked(
                new ConsultSession(
                    booking.shopId(),
                    booking.shopName(),
                    booking.offeringId(),
                    booking.serviceName(),
                    menu.modeOf(booking.offeringId()).orElseThrow().name(),
                    booking.customerId(),
                    booking.customerName(),
                    booking.vehicle() == null ? "" : booking.vehicle(),
                    booking.problem().isBlank() ? booking.serviceName() : booking.problem(),
                    (int) Duration.between(booking.start(), booking.end()).toMinutes(),
                    booking.price().minor(),
                    booking.price().currency(),
                    false,
                    availability.policy(booking.shopId()).liveWaitMinutes(),
                    clock.instant()),
                booking.id(),
                booking.start(),
                booking.mechanicId(),
                booking.mechanicName()));
    events.publishEvent(
        new SessionChanged(session.getId(), session.getShopId(), session.getCustomerId()));
  }

  /** The shop gave the booking to another mechanic: its session waits for them instead. */
  @ApplicationModuleListener
  void on(BookingReassigned reassigned) {
    lock(reassigned.bookingId());
    BookingSummary booking = bookings.booking(reassigned.bookingId());
    sessions
        .findByBookingId(booking.id())
        .filter(
            s ->
                sessions.followBooking(
                        s.getId(),
                        booking.id(),
                        booking.start(),
                        booking.mechanicId(),
                        booking.mechanicName())
                    == 1)
        .ifPresent(
            s ->
                events.publishEvent(
                    new SessionChanged(s.getId(), s.getShopId(), s.getCustomerId())));
  }

  /** A cancelled booking cancels its session, if it has not started. */
  @ApplicationModuleListener
  void on(BookingCancelled cancelled) {
    lock(cancelled.bookingId());
    sessions
        .findByBookingId(cancelled.bookingId())
        .ifPresent(
            session -> {
              if (!moves.finish(
                  session,
                  SessionStatus.SCHEDULED,
                  SessionStatus.CANCELLED,
                  EndReason.BOOKING_CANCELLED)) {
                moves.finish(
                    session,
                    SessionStatus.WAITING,
                    SessionStatus.CANCELLED,
                    EndReason.BOOKING_CANCELLED);
              }
            });
  }

  /**
   * A booked session that expired with its mechanic never there cancels its booking for the shop:
   * the customer pays nothing, and the session's own mail tells them.
   */
  @ApplicationModuleListener
  void on(SessionFinished finished) {
    UUID bookingId = finished.bookingId();
    if (bookingId == null
        || finished.status() != SessionStatus.EXPIRED
        || finished.reason() != EndReason.NOBODY_CAME) {
      return;
    }
    lock(bookingId);
    missed.mechanicMissed(
        bookingId,
        I18n.t(
            languages.of(finished.customerId()).orElse(I18n.ENGLISH),
            "consult.booked.missed-reason"));
  }

  private boolean remote(BookingSummary booking) {
    return menu.modeOf(booking.offeringId()).filter(m -> m != OfferingMode.IN_SHOP).isPresent();
  }

  private void lock(UUID bookingId) {
    locks.lock("session-of-booking/" + bookingId);
  }
}
