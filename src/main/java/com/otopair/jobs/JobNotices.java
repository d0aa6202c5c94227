package com.otopair.jobs;

import com.otopair.booking.BookingNotices;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobRepository;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notifications module needs to tell people about a job; read by listeners of job events,
 * which run without a signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class JobNotices {

  /**
   * A job, its customer, its mechanic (if any), and where the customer decides on the estimate
   * without signing in: the booking's signed manage page, or the job's own signed page for walk-in
   * and phone jobs.
   */
  public record Notice(
      JobDetails job, UserContact customer, @Nullable UserContact mechanic, String managePath) {}

  private final JobRepository jobs;
  private final JobReads reads;
  private final UserContacts contacts;
  private final BookingNotices bookings;
  private final JobLinks links;

  JobNotices(
      JobRepository jobs,
      JobReads reads,
      UserContacts contacts,
      BookingNotices bookings,
      JobLinks links) {
    this.links = links;
    this.jobs = jobs;
    this.reads = reads;
    this.contacts = contacts;
    this.bookings = bookings;
  }

  /** The job a booking became, if it became one. */
  public Optional<Notice> forBooking(UUID bookingId) {
    return jobs.findByBookingId(bookingId).flatMap(job -> notice(job.getId()));
  }

  public Optional<Notice> notice(UUID jobId) {
    Optional<Job> found = jobs.findById(jobId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Job job = found.get();
    Optional<UserContact> customer = contacts.find(job.getCustomerId());
    if (customer.isEmpty()) {
      return Optional.empty();
    }
    UserContact mechanic =
        job.getMechanicId() == null ? null : contacts.find(job.getMechanicId()).orElse(null);
    String manage =
        job.getBookingId() == null
            ? links.path(job.getId())
            : bookings
                .notice(job.getBookingId())
                .map(BookingNotices.Notice::managePath)
                .orElse(links.path(job.getId()));
    return Optional.of(new Notice(reads.details(job, false), customer.get(), mechanic, manage));
  }
}
