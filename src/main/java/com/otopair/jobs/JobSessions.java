package com.otopair.jobs;

import com.otopair.base.TransactionLocks;
import com.otopair.consult.MechanicJoinedSession;
import com.otopair.consult.SessionFinished;
import com.otopair.consult.SessionStatus;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A booked live session's job follows the session: in progress once a mechanic joined (given to
 * that mechanic), completed when the session ended after it ran, which charges its booking. Through
 * the outbox, under the booking's job lock, so a reaction handled twice moves the job once.
 *
 * <p>The outbox knows each reaction by its listener's class and method: they stay here, stable.
 */
@Component
class JobSessions {

  private final JobRepository jobs;
  private final JobTimeline timeline;
  private final UserContacts contacts;
  private final TransactionLocks locks;

  JobSessions(
      JobRepository jobs, JobTimeline timeline, UserContacts contacts, TransactionLocks locks) {
    this.jobs = jobs;
    this.timeline = timeline;
    this.contacts = contacts;
    this.locks = locks;
  }

  @ApplicationModuleListener
  void on(MechanicJoinedSession joined) {
    UUID bookingId = joined.bookingId();
    if (bookingId == null) {
      return;
    }
    String mechanic = contacts.find(joined.mechanicId()).map(UserContact::name).orElse("");
    var actor = JobTimeline.Actor.person(joined.mechanicId(), mechanic);
    openJob(bookingId)
        .ifPresent(
            job -> {
              if (!joined.mechanicId().equals(job.getMechanicId())) {
                timeline.assigned(
                    job,
                    actor,
                    joined.mechanicId(),
                    JobTimeline.Note.of("jobs.timeline.session-joined"));
              }
              advance(job, JobStatus.IN_PROGRESS, actor, "jobs.timeline.session-joined");
            });
  }

  @ApplicationModuleListener
  void on(SessionFinished finished) {
    UUID bookingId = finished.bookingId();
    if (bookingId == null || finished.status() != SessionStatus.ENDED) {
      return;
    }
    openJob(bookingId)
        .ifPresent(
            job ->
                advance(
                    job,
                    JobStatus.COMPLETED,
                    JobTimeline.Actor.system("jobs.actor.live-session"),
                    "jobs.timeline.session-ended"));
  }

  private Optional<Job> openJob(UUID bookingId) {
    locks.lock("job-of-booking/" + bookingId);
    return jobs.findByBookingId(bookingId).filter(j -> j.getStatus().isOpen());
  }

  /**
   * Moves the job forward step by step, as its status machine allows, until it is {@code target}.
   */
  private void advance(Job job, JobStatus target, JobTimeline.Actor actor, String noteKey) {
    for (JobStatus step : List.of(JobStatus.ACCEPTED, JobStatus.IN_PROGRESS, JobStatus.COMPLETED)) {
      if (job.getStatus() == target) {
        return;
      }
      if (job.getStatus().canMoveTo(step)) {
        timeline.transition(job, step, actor, JobTimeline.Note.of(noteKey));
      }
    }
  }
}
