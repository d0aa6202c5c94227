package com.otopair.jobs;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotAllowedException;
import com.otopair.base.PlainText;
import com.otopair.base.SignedInUser;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job's way through the shop: the owner assigns mechanics and moves any job along; a mechanic
 * accepts unassigned requests and moves their own jobs, but never cancels; both keep its notes.
 * Every step is one transaction, recorded on the job's timeline and pushed to open boards.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class JobWorkflow {

  private final JobAccess access;
  private final JobLines lines;
  private final JobTimeline timeline;
  private final JobReads reads;
  private final ShopMembership membership;
  private final UserContacts contacts;
  private final Clock clock;

  JobWorkflow(
      JobAccess access,
      JobLines lines,
      JobTimeline timeline,
      JobReads reads,
      ShopMembership membership,
      UserContacts contacts,
      Clock clock) {
    this.access = access;
    this.lines = lines;
    this.timeline = timeline;
    this.reads = reads;
    this.membership = membership;
    this.contacts = contacts;
    this.clock = clock;
  }

  /**
   * Moves a job to {@code target} with a comment. Illegal moves are refused saying where the job
   * can go; a mechanic moves only their own jobs (accepting an unassigned request makes it theirs)
   * and never cancels.
   */
  public JobSummary move(UUID jobId, JobStatus target, String comment) {
    SignedInUser me = CurrentUser.require();
    Job job = access.memberJob(jobId);
    boolean owner = membership.isOwner(job.getShopId(), me.id());
    JobStatus from = job.getStatus();
    if (from == target) {
      throw new ConflictException("jobs.move.already", from.label().toLowerCase(I18n.current()));
    }
    if (!from.canMoveTo(target)) {
      throw illegalMove(from, target);
    }
    if (!owner) {
      if (target == JobStatus.CANCELLED) {
        throw new NotAllowedException("jobs.move.owner-cancels");
      }
      boolean takesRequest =
          job.getMechanicId() == null
              && from == JobStatus.REQUESTED
              && target == JobStatus.ACCEPTED;
      if (!me.id().equals(job.getMechanicId()) && !takesRequest) {
        throw new NotAllowedException("jobs.job.someone-elses");
      }
      if (takesRequest) {
        job.assign(me.id(), clock.instant());
        timeline.record(
            job,
            JobTimeline.Actor.of(me),
            JobEvent.Kind.ASSIGNED,
            null,
            null,
            JobTimeline.Note.of("jobs.timeline.took"));
      }
    }
    if (target == JobStatus.WAITING_APPROVAL && !lines.hasPending(jobId)) {
      throw new InvalidRequestException("jobs.move.lines-first");
    }
    PlainText.requireLines("comment", comment);
    String why = comment.strip();
    if (why.length() > 1000) {
      throw new InvalidRequestException("comment", "jobs.move.comment.too-long");
    }
    timeline.transition(job, target, JobTimeline.Actor.of(me), JobTimeline.Note.words(why));
    return reads.summary(job);
  }

  /**
   * A move the status rules forbid, saying where the job can go: "A job that is requested can’t
   * become completed; it can become accepted or cancelled".
   */
  private static ConflictException illegalMove(JobStatus from, JobStatus target) {
    Locale locale = I18n.current();
    String now = from.label().toLowerCase(locale);
    String wanted = target.label().toLowerCase(locale);
    if (from.next().isEmpty()) {
      return new ConflictException("jobs.move.illegal", now, wanted);
    }
    String possible =
        from.next().stream()
            .map(s -> s.label().toLowerCase(locale))
            .reduce((a, b) -> I18n.t("jobs.move.either", a, b))
            .orElseThrow();
    return new ConflictException("jobs.move.illegal-next", now, wanted, possible);
  }

  /** Gives the job to one of the shop's mechanics (or to nobody); the mechanic is told. */
  public JobSummary assign(UUID jobId, @Nullable UUID mechanicId) {
    SignedInUser me = CurrentUser.require();
    Job job = access.memberJob(jobId);
    membership.requireOwner(job.getShopId());
    if (!job.getStatus().isOpen()) {
      throw new ConflictException("jobs.job.closed");
    }
    if (mechanicId != null && !membership.mechanicsOf(job.getShopId()).contains(mechanicId)) {
      throw new InvalidRequestException("mechanic", "jobs.assign.not-mechanic");
    }
    if (!Objects.equals(mechanicId, job.getMechanicId())) {
      JobTimeline.Note note =
          mechanicId == null
              ? JobTimeline.Note.of("jobs.timeline.unassigned")
              : contacts
                  .find(mechanicId)
                  .map(UserContact::name)
                  .map(name -> JobTimeline.Note.of("jobs.timeline.assigned", name))
                  .orElse(JobTimeline.Note.of("jobs.timeline.assigned-mechanic"));
      timeline.assigned(job, JobTimeline.Actor.of(me), mechanicId, note);
    }
    return reads.summary(job);
  }

  /** Saves the shop's notes: internal ones for the team, the others for the customer too. */
  public JobDetails notes(UUID jobId, String internalNotes, String customerNotes) {
    Job job = access.ownJob(jobId);
    PlainText.requireLines("internalNotes", internalNotes);
    PlainText.requireLines("customerNotes", customerNotes);
    String tooLong =
        internalNotes.length() > 5000
            ? "internalNotes"
            : customerNotes.length() > 5000 ? "customerNotes" : null;
    if (tooLong != null) {
      throw new InvalidRequestException(tooLong, "jobs.notes.too-long");
    }
    job.notes(internalNotes.strip(), customerNotes.strip(), clock.instant());
    timeline.flush();
    timeline.changed(job);
    return reads.details(job, true);
  }
}
