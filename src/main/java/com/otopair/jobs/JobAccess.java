package com.otopair.jobs;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.base.SignedInUser;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobRepository;
import com.otopair.shops.ShopMembership;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which jobs the signed-in user reaches: a job of a shop they do not work at, or not theirs as a
 * customer, is simply not found; a mechanic works only their own jobs.
 */
@Component
class JobAccess {

  private final JobRepository jobs;
  private final ShopMembership membership;

  JobAccess(JobRepository jobs, ShopMembership membership) {
    this.jobs = jobs;
    this.membership = membership;
  }

  /** Any job, for the system and admins. */
  Job any(UUID jobId) {
    return jobs.findById(jobId).orElseThrow(JobAccess::notFound);
  }

  /** A job of a shop the user works at. */
  Job memberJob(UUID jobId) {
    Job job = any(jobId);
    if (!membership.isMember(job.getShopId(), CurrentUser.require().id())) {
      throw notFound();
    }
    return job;
  }

  /** A job this member works on: any job for the owner, their own for a mechanic. */
  Job ownJob(UUID jobId) {
    return worked(memberJob(jobId));
  }

  /** A job whose estimate this member may edit: open, and theirs or the owner's. */
  Job workableJob(UUID jobId) {
    Job job = memberJob(jobId);
    if (!job.getStatus().isOpen()) {
      throw new ConflictException("jobs.job.closed-estimate");
    }
    return worked(job);
  }

  /** A job of the signed-in customer. */
  Job customerJob(UUID jobId) {
    Job job = any(jobId);
    if (!job.getCustomerId().equals(CurrentUser.require().id())) {
      throw notFound();
    }
    return job;
  }

  private Job worked(Job job) {
    SignedInUser me = CurrentUser.require();
    if (!membership.isOwner(job.getShopId(), me.id()) && !me.id().equals(job.getMechanicId())) {
      throw new NotAllowedException("jobs.job.someone-elses");
    }
    return job;
  }

  static NotFoundException notFound() {
    return new NotFoundException("jobs.job.not-found");
  }
}
