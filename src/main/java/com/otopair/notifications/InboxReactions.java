package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
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
import com.otopair.notifications.Inbox.Words;
import com.otopair.payments.PaymentCaptured;
import com.otopair.payments.PaymentView;
import com.otopair.payments.Receipts;
import com.otopair.payments.RefundIssued;
import com.otopair.shops.ShopMembership;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
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

  /** Who cancels for Otopair, in the reader's language. */
  private static final String SUPPORT = "notifications.mail.booking-cancelled.support";

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
        .notice(confirmed)
        // Moved again before this was handled: the newer booking tells.
        .filter(notice -> notice.booking().status() != BookingStatus.RESCHEDULED)
        // Over before this was handled (a visit of the past, recorded late): nothing to confirm.
        .filter(notice -> !notice.booking().status().hasEnded())
        .ifPresent(
            notice -> {
              BookingSummary b = notice.booking();
              String key = "booking-confirmed:" + b.id();
              if (confirmed.rescheduledFrom() == null) {
                inbox.notify(
                    b.customerId(),
                    "BOOKING_CONFIRMED",
                    () ->
                        Words.of(
                            "notifications.inbox.booked.title",
                            args(b.serviceName(), b.shopName()),
                            "notifications.inbox.booked.body",
                            when(b.start(), b.zone()),
                            b.mechanicName()),
                    "bookings/" + b.id(),
                    key);
                for (UUID person : shopPeople(b)) {
                  inbox.notify(
                      person,
                      "NEW_BOOKING",
                      () ->
                          Words.of(
                              "notifications.inbox.new-booking.title",
                              args(b.serviceName()),
                              "notifications.inbox.new-booking.body",
                              b.customerName(),
                              when(b.start(), b.zone()),
                              b.mechanicName()),
                      "shop-bookings",
                      key);
                }
                return;
              }
              Optional<BookingSummary> old =
                  bookings.notice(confirmed.rescheduledFrom()).map(BookingNotices.Notice::booking);
              inbox.notify(
                  b.customerId(),
                  "BOOKING_MOVED",
                  () ->
                      old.isEmpty()
                          ? Words.of(
                              "notifications.inbox.moved.title",
                              args(b.serviceName(), b.shopName()),
                              "notifications.inbox.moved.body",
                              when(b.start(), b.zone()),
                              b.mechanicName())
                          : Words.of(
                              "notifications.inbox.moved.title",
                              args(b.serviceName(), b.shopName()),
                              "notifications.inbox.moved.body-was",
                              when(b.start(), b.zone()),
                              b.mechanicName(),
                              when(old.get().start(), old.get().zone())),
                  "bookings/" + b.id(),
                  key);
              for (UUID person : shopPeople(b)) {
                inbox.notify(
                    person,
                    "BOOKING_MOVED",
                    () ->
                        old.isEmpty()
                            ? Words.of(
                                "notifications.inbox.shop-moved.title",
                                args(b.serviceName()),
                                "notifications.inbox.shop-moved.body",
                                b.customerName(),
                                when(b.start(), b.zone()),
                                b.mechanicName())
                            : Words.of(
                                "notifications.inbox.shop-moved.title",
                                args(b.serviceName()),
                                "notifications.inbox.shop-moved.body-was",
                                b.customerName(),
                                when(b.start(), b.zone()),
                                b.mechanicName(),
                                when(old.get().start(), old.get().zone())),
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
              String reason = cancelled.reason();
              boolean byAdmin = cancelled.by().equals("ADMIN");
              String key = "booking-cancelled:" + b.id();
              if (!cancelled.by().equals("CUSTOMER")) {
                inbox.notify(
                    b.customerId(),
                    "BOOKING_CANCELLED",
                    () ->
                        Words.of(
                            "notifications.inbox.cancelled.title",
                            args(byAdmin ? I18n.t(SUPPORT) : b.shopName()),
                            reason.isBlank()
                                ? "notifications.inbox.cancelled.body"
                                : "notifications.inbox.cancelled.body-reason",
                            b.serviceName(),
                            b.shopName(),
                            when(b.start(), b.zone()),
                            reason),
                    "bookings/" + b.id(),
                    key);
              }
              if (!cancelled.by().equals("SHOP")) {
                for (UUID person : shopPeople(b)) {
                  inbox.notify(
                      person,
                      "BOOKING_CANCELLED",
                      () ->
                          Words.of(
                              "notifications.inbox.shop-cancelled.title",
                              args(b.serviceName(), b.customerName()),
                              reason.isBlank()
                                  ? "notifications.inbox.shop-cancelled.body"
                                  : "notifications.inbox.shop-cancelled.body-reason",
                              byAdmin ? I18n.t(SUPPORT) : b.customerName(),
                              when(b.start(), b.zone()),
                              b.mechanicName(),
                              reason),
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
              String customer =
                  job.vehicle().isEmpty()
                      ? job.customerName()
                      : job.customerName() + " (" + job.vehicle() + ")";
              inbox.notify(
                  assigned.mechanicId(),
                  "JOB_ASSIGNED",
                  () ->
                      job.scheduledAt() == null
                          ? Words.of(
                              "notifications.inbox.job-assigned.title",
                              args(job.reference(), job.title()),
                              "notifications.inbox.job-assigned.body",
                              customer,
                              assigned.assignedBy())
                          : Words.of(
                              "notifications.inbox.job-assigned.title",
                              args(job.reference(), job.title()),
                              "notifications.inbox.job-assigned.body-booked",
                              customer,
                              when(job.scheduledAt(), notice.job().zone()),
                              assigned.assignedBy()),
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
              inbox.notify(
                  job.customerId(),
                  "JOB_" + to.name(),
                  () ->
                      switch (to) {
                        case ACCEPTED ->
                            Words.of(
                                "notifications.inbox.job-accepted.title",
                                args(job.shopName()),
                                "notifications.inbox.job-accepted.body",
                                job.title(),
                                job.reference());
                        case WAITING_APPROVAL ->
                            Words.of(
                                "notifications.inbox.estimate.title",
                                args(),
                                "notifications.inbox.estimate.body",
                                job.shopName(),
                                Formats.current().money(notice.job().totals().pending()),
                                job.title());
                        default ->
                            Words.of(
                                "notifications.inbox.job-done.title",
                                args(),
                                "notifications.inbox.job-done.body",
                                job.shopName(),
                                job.title());
                      },
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
              String number = payment.invoiceNumber();
              inbox.notify(
                  receipt.customer().id(),
                  "PAYMENT_RECEIPT",
                  () ->
                      Words.of(
                          "notifications.inbox.receipt.title",
                          args(payment.shopName()),
                          number == null
                              ? "notifications.inbox.receipt.body"
                              : "notifications.inbox.receipt.body-number",
                          Formats.current().money(payment.paid()),
                          payment.description(),
                          number == null ? "" : number),
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
              String reason = refund.map(r -> r.reason()).orElse("");
              inbox.notify(
                  receipt.customer().id(),
                  "REFUND",
                  () ->
                      Words.of(
                          "notifications.inbox.refund.title",
                          args(Formats.current().money(refunded.amount())),
                          reason.isBlank()
                              ? "notifications.inbox.refund.body"
                              : "notifications.inbox.refund.body-reason",
                          bySupport ? "Otopair" : payment.shopName(), // i18n: the brand
                          Formats.current().money(refunded.amount()),
                          payment.description(),
                          reason),
                  page(receipt.pagePath()),
                  "refund:" + refunded.refundId());
            });
  }

  /** The values of a title's placeholders. */
  private static Object[] args(Object... values) {
    return values;
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
