package com.otopair.crm;

import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingSource;
import com.otopair.booking.PastBookingRecorded;
import com.otopair.consult.FollowUpAsked;
import com.otopair.consult.IntakeStarted;
import com.otopair.consult.SessionNotices;
import com.otopair.consult.SessionReportOpened;
import com.otopair.consult.SessionRequested;
import com.otopair.consult.SummaryRepairFollowed;
import com.otopair.jobs.JobOpened;
import com.otopair.jobs.JobOrigin;
import com.otopair.reviews.ReviewPosted;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The customer's journey as the other modules tell it: each fact becomes one interaction, once,
 * however often the outbox delivers it ({@link Interactions} keys it by kind and the fact's id).
 *
 * <p>A session is counted when the customer's request enters the shop's queue ({@link
 * SessionRequested}, after its price is held when it is paid): that is the customer's own step
 * after the intake, published once per session, while a mechanic's claim ({@code
 * MechanicJoinedSession}) is the shop's step, happens again when a session is given back, and also
 * comes for sessions booked ahead, which had no intake. A moved booking is the same booking: only
 * new ones count.
 *
 * <p>A booking the shop takes on a call (its source {@link BookingSource#PHONE}) came in by phone:
 * it is recorded under {@link EntryPoint#PHONE}, an entry of its own with no intake before it, as
 * is a job the owner opens for a call ({@link JobOpened} with {@link JobOrigin#PHONE}), keyed by
 * the job. A booking made on the web, through the API (a program acting for the customer) or from a
 * waitlist offer (the customer asked to wait for it) is a step of the customer's own journey: it
 * takes that journey's entry point. A job a booking opens is that booking, already counted; a
 * walk-in is not a booking.
 */
@Component
class InteractionRecording {

  private final Interactions interactions;
  private final SessionNotices sessions;
  private final Clock clock;

  private final BookingNotices bookings;

  InteractionRecording(
      Interactions interactions, SessionNotices sessions, BookingNotices bookings, Clock clock) {
    this.interactions = interactions;
    this.sessions = sessions;
    this.bookings = bookings;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(IntakeStarted started) {
    interactions.record(
        InteractionKind.INTAKE_STARTED,
        started.intakeId(),
        started.customerId(),
        started.shopId(),
        EntryPoint.fromParameter(started.from()),
        started.startedAt());
  }

  @ApplicationModuleListener
  void on(SessionRequested requested) {
    // When it entered the queue, as the session says; a session gone since counts as now.
    Instant at =
        sessions
            .notice(requested.sessionId())
            .map(notice -> notice.session().queuedAt())
            .orElseGet(clock::instant);
    interactions.recordStep(
        InteractionKind.SESSION,
        requested.sessionId(),
        requested.customerId(),
        requested.shopId(),
        at);
  }

  @ApplicationModuleListener
  void on(SessionReportOpened opened) {
    interactions.recordStep(
        InteractionKind.SUMMARY_VIEWED,
        opened.sessionId(),
        opened.customerId(),
        opened.shopId(),
        opened.openedAt());
  }

  /**
   * The repair a sent summary recommends is the mechanic's recommendation: shown on the summary the
   * customer followed it from, and clicked; the journey from there comes in where its link says
   * ({@code from=follow-up}). Once per session, however often it is followed.
   */
  @ApplicationModuleListener
  void on(SummaryRepairFollowed followed) {
    EntryPoint entry = EntryPoint.fromParameter(followed.from());
    interactions.record(
        InteractionKind.UPSELL_SHOWN,
        followed.sessionId(),
        followed.customerId(),
        followed.shopId(),
        entry,
        followed.followedAt());
    interactions.record(
        InteractionKind.UPSELL_CLICKED,
        followed.sessionId(),
        followed.customerId(),
        followed.shopId(),
        entry,
        followed.followedAt());
  }

  @ApplicationModuleListener
  void on(BookingConfirmed confirmed) {
    if (confirmed.rescheduledFrom() != null) {
      return;
    }
    Instant confirmedAt = confirmed.confirmedAt();
    // When it was booked; an event written before it said so is delivered moments after the
    // booking's commit, so now is when it was booked.
    recordBooking(
        confirmed.bookingId(),
        confirmed.customerId(),
        confirmed.shopId(),
        confirmedAt != null ? confirmedAt : clock.instant());
  }

  /** A visit of the past, written afterwards (the demo's history), was booked when it says. */
  @ApplicationModuleListener
  void on(PastBookingRecorded recorded) {
    recordBooking(
        recorded.bookingId(), recorded.customerId(), recorded.shopId(), recorded.confirmedAt());
  }

  /**
   * A new booking: a phone entry when the shop took it on a call, else a step of the journey (as is
   * a booking no longer there to say where it came from).
   */
  private void recordBooking(UUID bookingId, UUID customerId, UUID shopId, Instant at) {
    boolean byPhone =
        bookings
            .notice(bookingId)
            .map(notice -> notice.booking().source() == BookingSource.PHONE)
            .orElse(false);
    if (byPhone) {
      interactions.record(
          InteractionKind.BOOKING, bookingId, customerId, shopId, EntryPoint.PHONE, at);
    } else {
      interactions.recordStep(InteractionKind.BOOKING, bookingId, customerId, shopId, at);
    }
  }

  /** Only a phone booking's job is heard of: the others' would open a transaction to do nothing. */
  @ApplicationModuleListener(condition = "#opened.origin() == T(com.otopair.jobs.JobOrigin).PHONE")
  void on(JobOpened opened) {
    if (opened.origin() != JobOrigin.PHONE) {
      return;
    }
    interactions.record(
        InteractionKind.BOOKING,
        opened.jobId(),
        opened.customerId(),
        opened.shopId(),
        EntryPoint.PHONE,
        opened.openedAt());
  }

  @ApplicationModuleListener
  void on(FollowUpAsked asked) {
    interactions.recordStep(
        InteractionKind.FOLLOW_UP,
        asked.questionId(),
        asked.customerId(),
        asked.shopId(),
        asked.askedAt());
  }

  @ApplicationModuleListener
  void on(ReviewPosted posted) {
    interactions.recordStep(
        InteractionKind.REVIEW,
        posted.reviewId(),
        posted.customerId(),
        posted.shopId(),
        posted.postedAt());
  }
}
