package com.otopair.jobs;

import com.otopair.booking.BookingNotices;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobRepository;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs for the demo data: the jobs of the demo bookings, spread over the board's columns, with
 * estimates the customers have partly decided. Runs without a signed-in user.
 */
@Service
@Transactional
public class JobProvisioning {

  private final BookingNotices bookings;
  private final JobBookings fromBookings;
  private final JobRepository jobs;
  private final JobLines lines;
  private final JobTimeline timeline;
  private final JobCreation creation;
  private final EntityManager entities;

  JobProvisioning(
      BookingNotices bookings,
      JobBookings fromBookings,
      JobRepository jobs,
      JobLines lines,
      JobTimeline timeline,
      JobCreation creation,
      EntityManager entities) {
    this.entities = entities;
    this.bookings = bookings;
    this.fromBookings = fromBookings;
    this.jobs = jobs;
    this.lines = lines;
    this.timeline = timeline;
    this.creation = creation;
  }

  /**
   * The jobs of visits of the past (the demo's history), in one transaction, at the times they
   * happened: each opened when its visit was booked, accepted by its mechanic, started, its
   * estimate written and decided, and completed. Only their screens are told: the steps were long
   * done (no mail, no charge). Returns the jobs, in order.
   */
  public List<UUID> past(List<PastJob> visits) {
    return visits.stream().map(visit -> written(past(visit))).toList();
  }

  /**
   * Writes what one record of a batch changed and lets go of it: the batch's transaction would
   * otherwise re-check every record written before at each flush.
   */
  private <T> T written(T result) {
    entities.flush();
    entities.clear();
    return result;
  }

  private UUID past(PastJob visit) {
    Instant bookedAt = visit.bookedAt();
    var b = bookings.notice(visit.bookingId()).orElseThrow().booking();
    Job job =
        creation.create(
            b.shopId(),
            b.customerId(),
            b.customerName(),
            b.vehicle() == null ? "" : b.vehicle(),
            b.serviceName(),
            b.problem(),
            JobOrigin.BOOKING,
            b.id(),
            b.mechanicId(),
            b.start(),
            JobTimeline.Actor.system("jobs.actor.online-booking"),
            bookedAt);
    var mechanic = JobTimeline.Actor.person(b.mechanicId(), b.mechanicName());
    Instant accepted = bookedAt.plus(Duration.ofHours(2));
    if (accepted.isAfter(b.start())) {
      accepted = bookedAt.plus(Duration.between(bookedAt, b.start()).dividedBy(2));
    }
    var none = JobTimeline.Note.words("");
    timeline.transitionAt(job, JobStatus.ACCEPTED, mechanic, none, accepted);
    Instant started = b.start().plus(visit.lateStart());
    timeline.transitionAt(job, JobStatus.IN_PROGRESS, mechanic, none, started);
    Instant estimated = started.plus(Duration.ofMinutes(20));
    for (LineDraft line : visit.approved()) {
      lines.add(job, line, LineApproval.APPROVED, estimated);
    }
    for (LineDraft line : visit.declined()) {
      lines.add(job, line, LineApproval.DECLINED, estimated);
    }
    timeline.flush();
    timeline.transitionAt(job, JobStatus.COMPLETED, mechanic, none, started.plus(visit.work()));
    timeline.changed(job);
    return job.getId();
  }

  /**
   * Opens the jobs of these bookings (as their confirmation would) and moves the {@code i}-th along
   * to a different column of the board: requested, accepted, in progress, waiting for parts,
   * waiting for approval with an estimate, completed.
   */
  public void fromBookings(List<UUID> bookingIds) {
    for (int i = 0; i < bookingIds.size(); i++) {
      UUID bookingId = bookingIds.get(i);
      var notice = bookings.notice(bookingId).orElseThrow();
      var b = notice.booking();
      fromBookings.fromBooking(b, List.of());
      Job job = jobs.findByBookingId(bookingId).orElseThrow();
      String mechanic = b.mechanicName();
      switch (i % 6) {
        case 1 -> move(job, JobStatus.ACCEPTED, mechanic, "");
        case 2 -> {
          move(job, JobStatus.ACCEPTED, mechanic, "");
          move(job, JobStatus.IN_PROGRESS, mechanic, "Car is on the lift");
          line(job, labour("Diagnosis", "1", 9500), LineApproval.APPROVED);
        }
        case 3 -> {
          move(job, JobStatus.ACCEPTED, mechanic, "");
          move(job, JobStatus.IN_PROGRESS, mechanic, "");
          line(job, part("Front brake pads (pair)", "1", 8900), LineApproval.APPROVED);
          move(job, JobStatus.WAITING_PARTS, mechanic, "Pads arrive tomorrow morning");
        }
        case 4 -> {
          move(job, JobStatus.ACCEPTED, mechanic, "");
          move(job, JobStatus.IN_PROGRESS, mechanic, "");
          line(job, labour("Replace front pads and rotors", "1.5", 11000), LineApproval.PENDING);
          line(job, part("Front rotors (pair)", "1", 18900), LineApproval.PENDING);
          line(job, part("Cabin air filter", "1", 3400), LineApproval.DECLINED);
          move(job, JobStatus.WAITING_APPROVAL, mechanic, "Rotors are below the minimum thickness");
        }
        case 5 -> {
          move(job, JobStatus.ACCEPTED, mechanic, "");
          move(job, JobStatus.IN_PROGRESS, mechanic, "");
          line(job, labour("Oil change", "0.5", 9500), LineApproval.APPROVED);
          line(job, part("Synthetic oil 5W-30", "5", 1200), LineApproval.APPROVED);
          line(job, part("Wiper blades", "2", 2200), LineApproval.DECLINED);
          move(job, JobStatus.COMPLETED, mechanic, "Ready for pickup");
        }
        default -> {}
      }
    }
  }

  /**
   * Opens the jobs of these bookings, as their confirmation would: requested, for visits to come.
   */
  public void requested(List<UUID> bookingIds) {
    for (UUID bookingId : bookingIds) {
      fromBookings.fromBooking(bookings.notice(bookingId).orElseThrow().booking(), List.of());
    }
  }

  /**
   * Opens the jobs of these bookings and completes them, as visits that are done (the demo's
   * reviewed visits): accepted, in progress and completed by the booking's mechanic.
   */
  public void completed(List<UUID> bookingIds) {
    for (UUID bookingId : bookingIds) {
      var b = bookings.notice(bookingId).orElseThrow().booking();
      fromBookings.fromBooking(b, List.of());
      Job job = jobs.findByBookingId(bookingId).orElseThrow();
      move(job, JobStatus.ACCEPTED, b.mechanicName(), "");
      move(job, JobStatus.IN_PROGRESS, b.mechanicName(), "");
      move(job, JobStatus.COMPLETED, b.mechanicName(), "");
    }
  }

  /** Moves a job along a legal step, as the named person. */
  private void move(Job job, JobStatus target, String actorName, String comment) {
    timeline.transition(
        job, target, JobTimeline.Actor.person(null, actorName), JobTimeline.Note.words(comment));
  }

  /** Adds an estimate line already decided (or not) by the customer. */
  private void line(Job job, LineDraft draft, LineApproval approval) {
    lines.add(job, draft, approval);
    timeline.flush();
  }

  private static LineDraft labour(String what, String hours, long rate) {
    return new LineDraft(LineKind.LABOUR, what, new BigDecimal(hours), rate);
  }

  private static LineDraft part(String what, String quantity, long price) {
    return new LineDraft(LineKind.PART, what, new BigDecimal(quantity), price);
  }
}
