package com.otopair.jobs;

import com.otopair.booking.BookingNotices;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs for the demo data: the jobs of the demo bookings, spread over the board's columns, with
 * estimates the customers have partly decided. Runs without a signed-in user.
 */
@Service
@Transactional
public class JobProvisioning {

  private final JobService jobs;
  private final BookingNotices bookings;

  JobProvisioning(JobService jobs, BookingNotices bookings) {
    this.jobs = jobs;
    this.bookings = bookings;
  }

  /**
   * Opens the jobs of these bookings (as their confirmation would) and moves the {@code i}-th along
   * to a different column of the board: requested, accepted, in progress, waiting for parts,
   * waiting for approval with an estimate, completed.
   */
  public void fromBookings(List<UUID> bookingIds) {
    for (int i = 0; i < bookingIds.size(); i++) {
      UUID bookingId = bookingIds.get(i);
      var notice = bookings.notice(bookingId).orElseThrow();
      var b = notice.booking();
      jobs.fromBooking(
          new JobService.BookedJob(
              b.id(),
              List.of(),
              b.shopId(),
              b.customerId(),
              b.customerName(),
              b.mechanicId(),
              b.vehicle() == null ? "" : b.vehicle(),
              b.serviceName(),
              b.problem(),
              b.start()));
      UUID jobId = jobs.jobOfBooking(bookingId).orElseThrow();
      String mechanic = b.mechanicName();
      switch (i % 6) {
        case 1 -> jobs.provisionMove(jobId, JobStatus.ACCEPTED, mechanic, "");
        case 2 -> {
          jobs.provisionMove(jobId, JobStatus.ACCEPTED, mechanic, "");
          jobs.provisionMove(jobId, JobStatus.IN_PROGRESS, mechanic, "Car is on the lift");
          jobs.provisionLine(jobId, labour("Diagnosis", "1", 9500), LineApproval.APPROVED);
        }
        case 3 -> {
          jobs.provisionMove(jobId, JobStatus.ACCEPTED, mechanic, "");
          jobs.provisionMove(jobId, JobStatus.IN_PROGRESS, mechanic, "");
          jobs.provisionLine(
              jobId, part("Front brake pads (pair)", "1", 8900), LineApproval.APPROVED);
          jobs.provisionMove(
              jobId, JobStatus.WAITING_PARTS, mechanic, "Pads arrive tomorrow morning");
        }
        case 4 -> {
          jobs.provisionMove(jobId, JobStatus.ACCEPTED, mechanic, "");
          jobs.provisionMove(jobId, JobStatus.IN_PROGRESS, mechanic, "");
          jobs.provisionLine(
              jobId, labour("Replace front pads and rotors", "1.5", 11000), LineApproval.PENDING);
          jobs.provisionLine(jobId, part("Front rotors (pair)", "1", 18900), LineApproval.PENDING);
          jobs.provisionLine(jobId, part("Cabin air filter", "1", 3400), LineApproval.PENDING);
          jobs.provisionMove(
              jobId,
              JobStatus.WAITING_APPROVAL,
              mechanic,
              "Rotors are below the minimum thickness");
        }
        case 5 -> {
          jobs.provisionMove(jobId, JobStatus.ACCEPTED, mechanic, "");
          jobs.provisionMove(jobId, JobStatus.IN_PROGRESS, mechanic, "");
          jobs.provisionLine(jobId, labour("Oil change", "0.5", 9500), LineApproval.APPROVED);
          jobs.provisionLine(jobId, part("Synthetic oil 5W-30", "5", 1200), LineApproval.APPROVED);
          jobs.provisionLine(jobId, part("Wiper blades", "2", 2200), LineApproval.DECLINED);
          jobs.provisionMove(jobId, JobStatus.COMPLETED, mechanic, "Ready for pickup");
        }
        default -> {}
      }
    }
  }

  private static LineDraft labour(String what, String hours, long rate) {
    return new LineDraft(LineKind.LABOUR, what, new BigDecimal(hours), rate);
  }

  private static LineDraft part(String what, String quantity, long price) {
    return new LineDraft(LineKind.PART, what, new BigDecimal(quantity), price);
  }
}
