package com.otopair.jobs;

import com.otopair.base.ConflictException;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.jobs.domain.JobLine;
import com.otopair.jobs.domain.JobLineRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A job's estimate lines, whoever acts: the shop adding a line, the customer deciding on one
 * (signed in or from a signed link), the demo data. Callers check who may.
 */
@Component
class JobLines {

  private final JobLineRepository lines;
  private final JobTimeline timeline;
  private final JobReads reads;
  private final Clock clock;

  JobLines(JobLineRepository lines, JobTimeline timeline, JobReads reads, Clock clock) {
    this.lines = lines;
    this.timeline = timeline;
    this.reads = reads;
    this.clock = clock;
  }

  /** Appends a line to the job's estimate, decided now unless it is still pending. */
  void add(Job job, LineDraft draft, LineApproval approval) {
    add(job, draft, approval, clock.instant());
  }

  /** Appends a line written, and decided unless pending, at {@code now}. */
  void add(Job job, LineDraft draft, LineApproval approval, Instant now) {
    int position =
        lines.findByJobIdOrderByPosition(job.getId()).stream()
                .mapToInt(JobLine::getPosition)
                .max()
                .orElse(0)
            + 1;
    lines.save(
        new JobLine(
            job.getId(),
            position,
            draft.kind(),
            draft.description().strip(),
            draft.quantity(),
            draft.unitPriceMinor(),
            approval,
            approval == LineApproval.PENDING ? null : now));
    job.touch(now);
  }

  /**
   * Takes a line the customer has not approved off the estimate.
   *
   * @return its description
   */
  String remove(Job job, UUID lineId) {
    JobLine line = of(job, lineId);
    if (line.getApproval() == LineApproval.APPROVED) {
      throw new ConflictException("jobs.estimate.line-approved");
    }
    lines.delete(line);
    job.touch(clock.instant());
    return line.getDescription();
  }

  /** A line of this job; a line of another job is not found. */
  private JobLine of(Job job, UUID lineId) {
    return lines
        .findById(lineId)
        .filter(l -> l.getJobId().equals(job.getId()))
        .orElseThrow(JobAccess::notFound);
  }

  boolean hasPending(UUID jobId) {
    return lines.existsByJobIdAndApproval(jobId, LineApproval.PENDING);
  }

  /** The customer approves or declines one line; when none is left undecided, work resumes. */
  JobDetails decide(Job job, UUID lineId, boolean approve, JobTimeline.Actor actor) {
    if (!job.getStatus().isOpen()) {
      throw new ConflictException("jobs.job.closed-estimate");
    }
    JobLine line = of(job, lineId);
    if (line.getApproval() != LineApproval.PENDING) {
      throw new ConflictException("jobs.estimate.already-decided");
    }
    Instant now = clock.instant();
    line.decide(approve ? LineApproval.APPROVED : LineApproval.DECLINED, now);
    job.touch(now);
    timeline.record(
        job,
        actor,
        JobEvent.Kind.APPROVAL,
        null,
        null,
        JobTimeline.Note.of(
            approve ? "jobs.timeline.line-approved" : "jobs.timeline.line-declined",
            line.getDescription()));
    timeline.flush();
    resumeOrShow(job, actor, JobTimeline.Note.of("jobs.timeline.all-decided"));
    return reads.details(job, false);
  }

  /**
   * After an estimate change: a job waiting for approval with nothing left to decide goes back to
   * work; otherwise open screens just refresh.
   */
  void resumeOrShow(Job job, JobTimeline.Actor actor, JobTimeline.Note note) {
    if (job.getStatus() == JobStatus.WAITING_APPROVAL && !hasPending(job.getId())) {
      timeline.transition(job, JobStatus.IN_PROGRESS, actor, note);
    } else {
      timeline.changed(job);
    }
  }
}
