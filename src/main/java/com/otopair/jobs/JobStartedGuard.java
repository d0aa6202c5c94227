package com.otopair.jobs;

import com.otopair.base.I18n;
import com.otopair.booking.BookingChangeGuard;
import com.otopair.jobs.domain.JobRepository;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Once the shop has started on the car (or finished), the customer can no longer cancel or move the
 * booking online: they call the shop, who can cancel the job themselves.
 */
@Component
class JobStartedGuard implements BookingChangeGuard {

  private static final Set<JobStatus> STARTED =
      EnumSet.of(
          JobStatus.IN_PROGRESS,
          JobStatus.WAITING_PARTS,
          JobStatus.WAITING_APPROVAL,
          JobStatus.COMPLETED);

  private final JobRepository jobs;

  JobStartedGuard(JobRepository jobs) {
    this.jobs = jobs;
  }

  @Override
  public Optional<String> refusal(UUID bookingId) {
    return jobs.findByBookingId(bookingId)
        .filter(job -> STARTED.contains(job.getStatus()))
        .map(
            job ->
                I18n.t(
                    job.getStatus() == JobStatus.COMPLETED
                        ? "jobs.booking-guard.done"
                        : "jobs.booking-guard.started"));
  }
}
