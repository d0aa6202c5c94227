package com.otopair.jobs;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
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
import java.util.stream.Collectors;
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
      throw new ConflictException("This job is already " + from.label().toLowerCase(Locale.ROOT));
    }
    if (!from.canMoveTo(target)) {
      throw new ConflictException(
          "A job that is "
              + from.label().toLowerCase(Locale.ROOT)
              + " can't become "
              + target.label().toLowerCase(Locale.ROOT)
              + (from.next().isEmpty()
                  ? ""
                  : "; it can become "
                      + from.next().stream()
                          .map(s -> s.label().toLowerCase(Locale.ROOT))
                          .collect(Collectors.joining(" or "))));
    }
    if (!owner) {
      if (target == JobStatus.CANCELLED) {
        throw new NotAllowedException("Only the shop's owner cancels a job");
      }
      boolean takesRequest =
          job.getMechanicId() == null
              && from == JobStatus.REQUESTED
              && target == JobStatus.ACCEPTED;
      if (!me.id().equals(job.getMechanicId()) && !takesRequest) {
        throw new NotAllowedException(
            "This job is someone else's; ask the owner to give it to you");
      }
      if (takesRequest) {
        job.assign(me.id(), clock.instant());
        timeline.record(
            job, me.id(), me.displayName(), JobEvent.Kind.ASSIGNED, null, null, "Took the job");
      }
    }
    if (target == JobStatus.WAITING_APPROVAL && !lines.hasPending(jobId)) {
      throw new InvalidRequestException("Add the estimate lines the customer should approve first");
    }
    PlainText.requireLines("comment", comment);
    String why = comment.strip();
    if (why.length() > 1000) {
      throw new InvalidRequestException("comment", "Keep the comment under 1,000 characters");
    }
    timeline.transition(job, target, me.id(), me.displayName(), why);
    return reads.summary(job);
  }

  /** Gives the job to one of the shop's mechanics (or to nobody); the mechanic is told. */
  public JobSummary assign(UUID jobId, @Nullable UUID mechanicId) {
    SignedInUser me = CurrentUser.require();
    Job job = access.memberJob(jobId);
    membership.requireOwner(job.getShopId());
    if (!job.getStatus().isOpen()) {
      throw new ConflictException("This job is closed");
    }
    if (mechanicId != null && !membership.mechanicsOf(job.getShopId()).contains(mechanicId)) {
      throw new InvalidRequestException("mechanic", "Pick one of the shop's mechanics");
    }
    if (!Objects.equals(mechanicId, job.getMechanicId())) {
      String name =
          mechanicId == null
              ? "nobody"
              : contacts.find(mechanicId).map(UserContact::name).orElse("a mechanic");
      timeline.assigned(job, me.id(), me.displayName(), mechanicId, name);
    }
    return reads.summary(job);
  }

  /** Saves the shop's notes: internal ones for the team, the others for the customer too. */
  public JobDetails notes(UUID jobId, String internalNotes, String customerNotes) {
    Job job = access.ownJob(jobId);
    PlainText.requireLines("internalNotes", internalNotes);
    PlainText.requireLines("customerNotes", customerNotes);
    if (internalNotes.length() > 5000 || customerNotes.length() > 5000) {
      throw new InvalidRequestException(
          internalNotes.length() > 5000 ? "internalNotes" : "customerNotes",
          "Keep notes under 5,000 characters");
    }
    job.notes(internalNotes.strip(), customerNotes.strip(), clock.instant());
    timeline.flush();
    timeline.changed(job);
    return reads.details(job, true);
  }
}
