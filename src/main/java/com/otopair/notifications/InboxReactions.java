package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.jobs.JobAssigned;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobNotices;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobStatusChanged;
import com.otopair.jobs.JobSummary;
import com.otopair.payments.PaymentCaptured;
import com.otopair.payments.PaymentView;
import com.otopair.payments.Receipts;
import com.otopair.payments.RefundIssued;
import com.otopair.shops.ShopMembership;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the milestones of bookings, jobs and payments in the inboxes of the people they concern,
 * each linking to the page that shows it. Through the outbox; a milestone handled twice is listed
 * once. Times are in the shop's zone, with the zone named.
 */
@Component
class InboxReactions {

  /** The customers' list of bookings and jobs, for what has no booking page of its own. */
  static final String MY_BOOKINGS = "bookings";

  private final Inbox inbox;
  private final BookingNotices bookings;
  private final JobNotices jobs;
  private final Receipts receipts;
  private final ShopMembership membership;

  InboxReactions(
      Inbox inbox,
      BookingNotices bookings,
      JobNotices jobs,
      Receipts receipts,
      ShopMembership membership) {
    this.inbox = inbox;
    this.bookings = bookings;
    this.jobs = jobs;
    this.receipts = receipts;
    this.membership = membership;
  }

  /** "Mon, Mar 2, 9:00 AM (Eastern Time)". */
  static String when(Instant at, ZoneId zone) {
    Formats formats = Formats.current();
    return formats.shortWhen(at, zone) + " (" + formats.zone(zone) + ")";
  }

  @ApplicationModuleListener
  void on(BookingConfirmed confirmed) {
    bookings
        .notice(confirmed.bookingId())
        // Moved again before this was handled: the newer booking tells.
        .filter(notice -> notice.booking().status() != BookingStatus.RESCHEDULED)
        .ifPresent(
            notice -> {
              BookingSummary b = notice.booking();
              String when = when(b.start(), b.zone());
              String key = "booking-confirmed:" + b.id();
              if (confirmed.rescheduledFrom() == null) {
                inbox.notify(
                    b.customerId(),
                    "BOOKING_CONFIRMED",
                    "Booked: " + b.serviceName() + " at " + b.shopName(),
                    when + " with " + b.mechanicName() + ".",
                    "bookings/" + b.id(),
                    key);
                for (UUID person : shopPeople(b)) {
                  inbox.notify(
                      person,
                      "NEW_BOOKING",
                      "New booking: " + b.serviceName(),
                      b.customerName() + ", " + when + " with " + b.mechanicName() + ".",
                      "shop-bookings",
                      key);
                }
                return;
              }
              String was =
                  bookings
                      .notice(confirmed.rescheduledFrom())
                      .map(
                          old -> " (was " + when(old.booking().start(), old.booking().zone()) + ")")
                      .orElse("");
              inbox.notify(
                  b.customerId(),
                  "BOOKING_MOVED",
                  "Moved: " + b.serviceName() + " at " + b.shopName(),
                  "Now " + when + " with " + b.mechanicName() + was + ".",
                  "bookings/" + b.id(),
                  key);
              for (UUID person : shopPeople(b)) {
                inbox.notify(
                    person,
                    "BOOKING_MOVED",
                    "Booking moved: " + b.serviceName(),
                    b.customerName()
                        + " moved to "
                        + when
                        + " with "
                        + b.mechanicName()
                        + was
                        + ".",
                    "shop-bookings",
                    key);
              }
            });
  }

  @ApplicationModuleListener
  void on(BookingCancelled cancelled) {
    bookings
        .notice(cancelled.bookingId())
        .ifPresent(
            notice -> {
              BookingSummary b = notice.booking();
              String when = when(b.start(), b.zone());
              String reason = cancelled.reason().isBlank() ? "" : " Reason: " + cancelled.reason();
              String key = "booking-cancelled:" + b.id();
              if (!cancelled.by().equals("CUSTOMER")) {
                String who = cancelled.by().equals("ADMIN") ? "Otopair support" : b.shopName();
                inbox.notify(
                    b.customerId(),
                    "BOOKING_CANCELLED",
                    who + " cancelled your booking",
                    b.serviceName() + " at " + b.shopName() + ", " + when + "." + reason,
                    "bookings/" + b.id(),
                    key);
              }
              if (!cancelled.by().equals("SHOP")) {
                String who = cancelled.by().equals("ADMIN") ? "Otopair support" : b.customerName();
                for (UUID person : shopPeople(b)) {
                  inbox.notify(
                      person,
                      "BOOKING_CANCELLED",
                      "Cancelled: " + b.serviceName() + " for " + b.customerName(),
                      who + " cancelled " + when + " with " + b.mechanicName() + "." + reason,
                      "shop-bookings",
                      key);
                }
              }
            });
  }

  @ApplicationModuleListener
  void on(JobAssigned assigned) {
    jobs.notice(assigned.jobId())
        // Given to someone else meanwhile: they are told instead.
        .filter(n -> n.mechanic() != null && n.mechanic().id().equals(assigned.mechanicId()))
        .ifPresent(
            notice -> {
              JobSummary job = notice.job().job();
              String car = job.vehicle().isEmpty() ? "" : " (" + job.vehicle() + ")";
              String booked =
                  job.scheduledAt() == null
                      ? ""
                      : ", booked for " + when(job.scheduledAt(), notice.job().zone());
              inbox.notify(
                  assigned.mechanicId(),
                  "JOB_ASSIGNED",
                  job.reference() + " is yours: " + job.title(),
                  job.customerName()
                      + car
                      + booked
                      + ". Assigned by "
                      + assigned.assignedBy()
                      + ".",
                  "jobs/" + job.id(),
                  "job-assigned:" + job.id() + ":" + latest(notice.job(), "ASSIGNED", null));
            });
  }

  @ApplicationModuleListener
  void on(JobStatusChanged changed) {
    JobStatus to = changed.to();
    if (to != JobStatus.ACCEPTED && to != JobStatus.WAITING_APPROVAL && to != JobStatus.COMPLETED) {
      return;
    }
    jobs.notice(changed.jobId())
        .ifPresent(
            notice -> {
              JobSummary job = notice.job().job();
              String title =
                  switch (to) {
                    case ACCEPTED -> job.shopName() + " accepted your job";
                    case WAITING_APPROVAL -> "Your estimate is ready for your approval";
                    default -> "Your car is ready";
                  };
              String body =
                  switch (to) {
                    case ACCEPTED -> job.title() + " (" + job.reference() + ").";
                    case WAITING_APPROVAL ->
                        job.shopName()
                            + " needs your decision on "
                            + notice.job().totals().pending().format()
                            + " for "
                            + job.title()
                            + ".";
                    default ->
                        job.shopName() + " finished " + job.title() + ". You can pick it up.";
                  };
              inbox.notify(
                  job.customerId(),
                  "JOB_" + to.name(),
                  title,
                  body,
                  job.bookingId() == null ? MY_BOOKINGS : "bookings/" + job.bookingId(),
                  "job-status:"
                      + job.id()
                      + ":"
                      + to.name()
                      + ":"
                      + latest(notice.job(), "STATUS", to));
            });
  }

  @ApplicationModuleListener
  void on(PaymentCaptured captured) {
    receipts
        .of(captured.paymentId())
        .ifPresent(
            receipt -> {
              var payment = receipt.payment();
              String number =
                  payment.invoiceNumber() == null
                      ? ""
                      : " Receipt " + payment.invoiceNumber() + ".";
              inbox.notify(
                  receipt.customer().id(),
                  "PAYMENT_RECEIPT",
                  "Receipt from " + payment.shopName(),
                  payment.paid().format() + " paid for " + payment.description() + "." + number,
                  page(receipt.pagePath()),
                  "payment-captured:" + payment.id());
            });
  }

  @ApplicationModuleListener
  void on(RefundIssued refunded) {
    receipts
        .of(refunded.paymentId())
        .ifPresent(
            receipt -> {
              var payment = receipt.payment();
              var refund = payment.refund(refunded.refundId());
              boolean bySupport = refund.map(PaymentView.Refund::bySupport).orElse(false);
              String reason =
                  refund
                      .map(r -> r.reason())
                      .filter(r -> !r.isBlank())
                      .map(r -> " " + r)
                      .orElse("");
              inbox.notify(
                  receipt.customer().id(),
                  "REFUND",
                  refunded.amount().format() + " refunded",
                  (bySupport ? "Otopair" : payment.shopName())
                      + " refunded "
                      + refunded.amount().format()
                      + " for "
                      + payment.description()
                      + "."
                      + reason,
                  page(receipt.pagePath()),
                  "refund:" + refunded.refundId());
            });
  }

  /** The mechanic of the booking and the shop's owners, each once. */
  private Set<UUID> shopPeople(BookingSummary booking) {
    Set<UUID> people = new LinkedHashSet<>();
    people.add(booking.mechanicId());
    people.addAll(membership.ownersOf(booking.shopId()));
    people.remove(booking.customerId());
    return people;
  }

  /**
   * When the job last had this kind of step (to this status): the same on a repeated delivery, new
   * when the step happens again.
   */
  private static String latest(JobDetails job, String kind, @Nullable JobStatus to) {
    return job.timeline().reversed().stream()
        .filter(e -> e.kind().equals(kind) && (to == null || e.to() == to))
        .map(e -> String.valueOf(e.at().toEpochMilli()))
        .findFirst()
        .orElse("");
  }

  /** Payments' page for a receipt without a booking is the customer's bookings list. */
  private static String page(String path) {
    return path.startsWith("bookings/") ? path : MY_BOOKINGS;
  }
}
