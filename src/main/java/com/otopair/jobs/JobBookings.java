package com.otopair.jobs;

import com.otopair.base.TransactionLocks;
import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.jobs.domain.JobRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Bookings make jobs: a confirmed booking opens a REQUESTED job (a moved booking takes its job
 * along; one booked from a remote session's summary starts with its lines), a cancelled booking
 * cancels its job. Through the outbox, so a crash loses none; each reaction is idempotent.
 */
@Component
class JobBookings {

  private final BookingNotices bookings;
  private final JobRepository jobs;
  private final JobCreation creation;
  private final JobRepairs repairs;
  private final JobTimeline timeline;
  private final TransactionLocks locks;
  private final Clock clock;

  JobBookings(
      BookingNotices bookings,
      JobRepository jobs,
      JobCreation creation,
      JobRepairs repairs,
      JobTimeline timeline,
      TransactionLocks locks,
      Clock clock) {
    this.bookings = bookings;
    this.jobs = jobs;
    this.creation = creation;
    this.repairs = repairs;
    this.timeline = timeline;
    this.locks = locks;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(BookingConfirmed confirmed) {
    // Handled later than it happened: a booking cancelled or moved meanwhile gets no job.
    bookings
        .notice(confirmed)
        .map(BookingNotices.Notice::booking)
        .filter(booking -> booking.status() == BookingStatus.CONFIRMED)
        .ifPresent(booking -> fromBooking(booking, bookings.movedFrom(booking.id())));
  }

  @ApplicationModuleListener
  void on(BookingCancelled cancelled) {
    UUID bookingId = cancelled.bookingId();
    lockBooking(bookingId);
    jobs.findByBookingId(bookingId)
        .filter(j -> j.getStatus().isOpen())
        .ifPresent(
            job ->
                timeline.transition(
                    job,
                    JobStatus.CANCELLED,
                    switch (cancelled.by()) {
                      case "SHOP" -> JobTimeline.Actor.system("jobs.actor.shop");
                      case "ADMIN" -> JobTimeline.Actor.system("jobs.actor.support");
                      default -> JobTimeline.Actor.person(null, job.getCustomerName());
                    },
                    cancelled.reason().isBlank()
                        ? JobTimeline.Note.of("jobs.timeline.booking-cancelled")
                        : JobTimeline.Note.of(
                            "jobs.timeline.booking-cancelled-because", cancelled.reason())));
  }

  /**
   * A REQUESTED job for a confirmed booking, or the existing job following its moved booking
   * ({@code movedFrom}: the bookings this one replaced).
   */
  void fromBooking(BookingSummary booking, List<UUID> movedFrom) {
    lockBooking(booking.id());
    if (jobs.findByBookingId(booking.id()).isPresent()) {
      return;
    }
    // The open job of a booking this one replaced, however many moves ago and in whatever order
    // the events arrive, follows the booking; a closed one stays where it is.
    Optional<Job> existing =
        movedFrom.stream()
            .map(jobs::findByBookingId)
            .flatMap(Optional::stream)
            .filter(j -> j.getStatus().isOpen())
            .findFirst();
    if (existing.isPresent()) {
      Job job = existing.get();
      job.rebook(booking.id(), booking.mechanicId(), booking.start(), clock.instant());
      timeline.record(
          job,
          JobTimeline.Actor.person(null, "Otopair"), // i18n: the brand, the same in every language
          JobEvent.Kind.STATUS,
          null,
          null,
          JobTimeline.Note.of("jobs.timeline.booking-moved"));
      timeline.flush();
      timeline.changed(job);
      return;
    }
    Job job =
        creation.create(
            booking.shopId(),
            booking.customerId(),
            booking.customerName(),
            booking.vehicle() == null ? "" : booking.vehicle(),
            booking.serviceName(),
            booking.problem(),
            JobOrigin.BOOKING,
            booking.id(),
            booking.mechanicId(),
            booking.start(),
            JobTimeline.Actor.system("jobs.actor.online-booking"));
    // A repair booked from a remote session's summary starts with its parts and labour.
    repairs.start(job, booking);
  }

  /**
   * Serialises what a booking's events do to its job until the transaction ends (a PostgreSQL
   * transaction-level advisory lock): a run that arrives while another is in flight waits, then
   * finds the job opened or cancelled and does nothing. The outbox re-runs each as often as it
   * must.
   */
  private void lockBooking(UUID bookingId) {
    locks.lock("job-of-booking/" + bookingId);
  }
}
