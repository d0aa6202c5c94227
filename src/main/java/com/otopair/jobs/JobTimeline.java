package com.otopair.jobs;

import com.otopair.base.ConflictException;
import com.otopair.base.I18n;
import com.otopair.base.SignedInUser;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.jobs.domain.JobEventRepository;
import com.otopair.jobs.domain.JobRepository;
import java.time.Clock;
import java.time.Instant;
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

  /**
   * Who took a step: a person by name (and id when signed in), or Otopair itself by the key of its
   * name ("The shop", "Otopair support"), read in the reader's language.
   */
  record Actor(@Nullable UUID id, String name, @Nullable String key) {

    static Actor of(SignedInUser me) {
      return person(me.id(), me.displayName());
    }

    static Actor person(@Nullable UUID id, String name) {
      return new Actor(id, name, null);
    }

    static Actor system(String key) {
      return new Actor(null, I18n.t(I18n.ENGLISH, key), key);
    }
  }

  /**
   * What a step says: a person's words, or a sentence of the bundles ({@code key}) that may quote
   * people's words ({@code quoted}: a line's description, a mechanic's name).
   */
  record Note(@Nullable String key, String quoted) {

    /** A person's own words. */
    static Note words(String text) {
      return new Note(null, text);
    }

    /** Otopair's sentence {@code key}, quoting {@code quoted} when it has a {0}. */
    static Note of(String key, String quoted) {
      return new Note(key, quoted);
    }

    static Note of(String key) {
      return new Note(key, "");
    }

    /** The note in the reader's language. */
    static String read(@Nullable String key, String quoted) {
      return key == null ? quoted : I18n.t(key, quoted);
    }
  }

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
  void transition(Job job, JobStatus target, Actor actor, Note note) {
    JobStatus from = job.getStatus();
    job.moveTo(target, clock.instant());
    record(job, actor, JobEvent.Kind.STATUS, from, target, note);
    flush();
    publisher.publishEvent(
        new JobStatusChanged(job.getId(), job.getShopId(), job.getCustomerId(), from, target));
    changed(job);
  }

  /**
   * Moves the job to {@code target} at {@code at}, a moment of the past (the demo's history),
   * telling nobody: the step was long done (the caller tells its screens once it is all written).
   */
  void transitionAt(Job job, JobStatus target, Actor actor, Note note, Instant at) {
    JobStatus from = job.getStatus();
    job.moveTo(target, at);
    record(job, actor, JobEvent.Kind.STATUS, from, target, note, at);
    flush();
  }

  /** Gives the job to a mechanic (or nobody), who is told. */
  void assigned(Job job, Actor actor, @Nullable UUID mechanicId, Note note) {
    job.assign(mechanicId, clock.instant());
    record(job, actor, JobEvent.Kind.ASSIGNED, null, null, note);
    flush();
    if (mechanicId != null) {
      publisher.publishEvent(
          new JobAssigned(job.getId(), job.getShopId(), mechanicId, actor.name()));
    }
    changed(job);
  }

  /** Writes one step on the job's timeline. */
  void record(
      Job job,
      Actor actor,
      JobEvent.Kind kind,
      @Nullable JobStatus from,
      @Nullable JobStatus to,
      Note note) {
    record(job, actor, kind, from, to, note, clock.instant());
  }

  /** Writes one step on the job's timeline, taken at {@code at}. */
  void record(
      Job job,
      Actor actor,
      JobEvent.Kind kind,
      @Nullable JobStatus from,
      @Nullable JobStatus to,
      Note note,
      Instant at) {
    events.save(
        new JobEvent(
            job.getId(),
            at,
            actor.id(),
            actor.name(),
            actor.key(),
            kind,
            from,
            to,
            note.quoted(),
            note.key()));
  }

  /** Writes the changes now: a job someone else changed meanwhile is refused, not overwritten. */
  void flush() {
    try {
      jobs.flush();
    } catch (OptimisticLockingFailureException e) {
      throw new ConflictException("jobs.job.changed-meanwhile");
    }
  }

  /** Tells open screens to show the job again. */
  void changed(Job job) {
    publisher.publishEvent(new JobChanged(job.getId(), job.getShopId()));
  }
}
