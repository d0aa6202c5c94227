package com.otopair.jobs;

import com.otopair.base.LinkSigner;
import com.otopair.base.NotFoundException;
import com.otopair.booking.ManageLinks;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer reaches without signing in, from a signed link: the job of their booking (the
 * booking's manage link), or a walk-in or phone job (the job's own link, sent by email); they
 * follow it and decide on the estimate. The link is the only credential: no method security here.
 */
@Service
@Transactional
public class JobLinks {

  private static final String PURPOSE = "job";

  private final LinkSigner signer;
  private final ManageLinks bookingPages;
  private final JobRepository jobs;
  private final JobLines lines;
  private final JobReads reads;

  JobLinks(
      LinkSigner signer,
      ManageLinks bookingPages,
      JobRepository jobs,
      JobLines lines,
      JobReads reads) {
    this.signer = signer;
    this.bookingPages = bookingPages;
    this.jobs = jobs;
    this.lines = lines;
    this.reads = reads;
  }

  /** The job of the booking a signed manage link points at, if the shop has opened one. */
  @Transactional(readOnly = true)
  public Optional<JobDetails> forBookingLink(UUID bookingId, String token) {
    bookingPages.view(bookingId, token);
    return jobs.findByBookingId(bookingId).map(j -> reads.details(j, false));
  }

  /** A decision on an estimate line from the booking's signed manage link. */
  public JobDetails decideWithLink(UUID bookingId, String token, UUID lineId, boolean approve) {
    bookingPages.view(bookingId, token);
    Job job = jobs.findByBookingId(bookingId).orElseThrow(JobAccess::notFound);
    return lines.decide(
        job, lineId, approve, JobTimeline.Actor.person(job.getCustomerId(), job.getCustomerName()));
  }

  /** A job from its own signed link (walk-ins and phone jobs). */
  @Transactional(readOnly = true)
  public JobDetails forJobLink(UUID jobId, String token) {
    return reads.details(linkedJob(jobId, token), false);
  }

  /** A decision on an estimate line from the job's signed link. */
  public JobDetails decideWithJobLink(UUID jobId, String token, UUID lineId, boolean approve) {
    Job job = linkedJob(jobId, token);
    return lines.decide(
        job, lineId, approve, JobTimeline.Actor.person(job.getCustomerId(), job.getCustomerName()));
  }

  /** "job/{id}?token=…", relative to the public address. */
  String path(UUID jobId) {
    return "job/" + jobId + "?token=" + signer.token(PURPOSE, jobId);
  }

  private Job linkedJob(UUID jobId, String token) {
    if (!signer.valid(PURPOSE, jobId, token)) {
      throw new NotFoundException("jobs.link.invalid");
    }
    return jobs.findById(jobId).orElseThrow(JobAccess::notFound);
  }
}
