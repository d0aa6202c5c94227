package com.otopair.crm;

import com.otopair.booking.BookingConfirmed;
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
 * <p>A booking taken over the phone is a job the owner opens ({@link JobOpened} with {@link
 * JobOrigin#PHONE}): it is recorded as a booking that came in by phone, keyed by the job. A job a
 * booking opens is that booking, already counted; a walk-in is not a booking.
 */
@Component
class InteractionRecording {

  private final Interactions interactions;
  private final SessionNotices sessions;
  private final Clock clock;

  InteractionRecording(Interactions interactions, SessionNotices sessions, Clock clock) {
    this.interactions = interactions;
    this.sessions = sessions;
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
    interactions.recordStep(
        InteractionKind.BOOKING,
        confirmed.bookingId(),
        confirmed.customerId(),
        confirmed.shopId(),
        confirmedAt != null ? confirmedAt : clock.instant());
  }

  /** A visit of the past, written afterwards (the demo's history), was booked when it says. */
  @ApplicationModuleListener
  void on(PastBookingRecorded recorded) {
    interactions.recordStep(
        InteractionKind.BOOKING,
        recorded.bookingId(),
        recorded.customerId(),
        recorded.shopId(),
        recorded.confirmedAt());
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
