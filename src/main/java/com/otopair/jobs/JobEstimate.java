package com.otopair.jobs;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.SignedInUser;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.shops.ShopMembership;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job's estimate: the shop adds and removes lines and sets the tax rate; the customer approves or
 * declines each line (from a signed link: {@link JobLinks}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class JobEstimate {

  private final JobLines lines;
  private final JobAccess access;
  private final JobTimeline timeline;
  private final JobReads reads;
  private final ShopMembership membership;
  private final Clock clock;

  JobEstimate(
      JobLines lines,
      JobAccess access,
      JobTimeline timeline,
      JobReads reads,
      ShopMembership membership,
      Clock clock) {
    this.lines = lines;
    this.access = access;
    this.timeline = timeline;
    this.reads = reads;
    this.membership = membership;
    this.clock = clock;
  }

  /** Adds an estimate line; the customer is asked to approve it. */
  public JobDetails addLine(UUID jobId, LineDraft draft) {
    SignedInUser me = CurrentUser.require();
    Job job = access.workableJob(jobId);
    if (draft.kind() == LineKind.CREDIT) {
      // Only a remote session's credit, which Otopair adds itself.
      throw new InvalidRequestException("kind", "jobs.line.kind.invalid");
    }
    refuse("description", EstimateRules.descriptionProblem(draft.description()));
    refuse("quantity", EstimateRules.quantityProblem(draft.quantity(), draft.kind()));
    refuse("unitPrice", EstimateRules.unitPriceProblem(draft.unitPriceMinor(), draft.kind()));
    lines.add(job, draft, LineApproval.PENDING);
    timeline.record(
        job,
        JobTimeline.Actor.of(me),
        JobEvent.Kind.ESTIMATE,
        null,
        null,
        JobTimeline.Note.of("jobs.timeline.line-added", draft.description().strip()));
    timeline.flush();
    timeline.changed(job);
    return reads.details(job, true);
  }

  /** Takes a line the customer has not approved off the estimate. */
  public JobDetails removeLine(UUID jobId, UUID lineId) {
    SignedInUser me = CurrentUser.require();
    Job job = access.workableJob(jobId);
    String removed = lines.remove(job, lineId);
    timeline.record(
        job,
        JobTimeline.Actor.of(me),
        JobEvent.Kind.ESTIMATE,
        null,
        null,
        JobTimeline.Note.of("jobs.timeline.line-removed", removed));
    timeline.flush();
    lines.resumeOrShow(
        job, JobTimeline.Actor.of(me), JobTimeline.Note.of("jobs.timeline.none-left"));
    return reads.details(job, true);
  }

  /** Sets the job's tax rate in percent (0 to 30); the shop's region gives the default. */
  public JobDetails taxRate(UUID jobId, BigDecimal percent) {
    Job job = access.workableJob(jobId);
    membership.requireOwner(job.getShopId());
    if (percent.signum() < 0
        || percent.compareTo(BigDecimal.valueOf(30)) > 0
        || percent.scale() > 3) {
      throw new InvalidRequestException("taxRate", "jobs.estimate.tax.invalid");
    }
    job.taxRate(percent, clock.instant());
    timeline.flush();
    timeline.changed(job);
    return reads.details(job, true);
  }

  /**
   * The signed-in customer approves or declines one line. When the job waits for approval and no
   * line is left undecided, work resumes.
   */
  public JobDetails decide(UUID jobId, UUID lineId, boolean approve) {
    SignedInUser me = CurrentUser.require();
    return lines.decide(access.customerJob(jobId), lineId, approve, JobTimeline.Actor.of(me));
  }

  private static void refuse(String field, EstimateRules.@Nullable Problem problem) {
    if (problem != null) {
      throw new InvalidRequestException(field, problem.key(), problem.args());
    }
  }
}
