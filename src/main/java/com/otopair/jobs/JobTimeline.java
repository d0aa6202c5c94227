package com.otopair.jobs;

import com.otopair.base.ConflictException;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.jobs.domain.JobEventRepository;
import com.otopair.jobs.domain.JobRepository;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * How every change to a job ends: written on its timeline (who, what, why), flushed so that a
 * concurrent change is refused instead of lost, and announced (status changes and assignments to
 * other modules, every change to open boards).
 */
@Component
class JobTimeline {

  private final JobRepository jobs;
  private final JobEventRepository events;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  JobTimeline(
      JobRepository jobs,
      JobEventRepository events,
      Clock clock,
      ApplicationEventPublisher publisher) {
    this.jobs = jobs;
    this.events = events;
    this.clock = clock;
    this.publisher = publisher;
  }

  /** Moves the job to {@code target} (callers check the move may happen) and tells everyone. */
  void transition(
      Job job, JobStatus target, @Nullable UUID actorId, String actorName, String comment) {
    JobStatus from = job.getStatus();
    job.moveTo(target, clock.instant());
    record(job, actorId, actorName, JobEvent.Kind.STATUS, from, target, comment);
    flush();
    publisher.publishEvent(
        new JobStatusChanged(job.getId(), job.getShopId(), job.getCustomerId(), from, target));
    changed(job);
  }

  /** Gives the job to a mechanic (or nobody), who is told. */
  void assigned(
      Job job, UUID actorId, String actorName, @Nullable UUID mechanicId, String mechanicName) {
    job.assign(mechanicId, clock.instant());
    record(
        job, actorId, actorName, JobEvent.Kind.ASSIGNED, null, null, "Assigned to " + mechanicName);
    flush();
    if (mechanicId != null) {
      publisher.publishEvent(new JobAssigned(job.getId(), job.getShopId(), mechanicId, actorName));
    }
    changed(job);
  }

  /** Writes one step on the job's timeline. */
  void record(
      Job job,
      @Nullable UUID actorId,
      String actorName,
      JobEvent.Kind kind,
      @Nullable JobStatus from,
      @Nullable JobStatus to,
      String comment) {
    events.save(
        new JobEvent(job.getId(), clock.instant(), actorId, actorName, kind, from, to, comment));
  }

  /** Writes the changes now: a job someone else changed meanwhile is refused, not overwritten. */
  void flush() {
    try {
      jobs.flush();
    } catch (OptimisticLockingFailureException e) {
      throw new ConflictException("Someone changed this job at the same time; look again");
    }
  }

  /** Tells open screens to show the job again. */
  void changed(Job job) {
    publisher.publishEvent(new JobChanged(job.getId(), job.getShopId()));
  }
}
