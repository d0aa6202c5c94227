package com.otopair.payments;

import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobNotices;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefund;
import com.otopair.payments.domain.PaymentRefundRepository;
import com.otopair.payments.domain.PaymentRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments made by Otopair itself rather than through a checkout: the demo's history. The same
 * records and amounts as the real flow, at the times they happened; not reachable from any view.
 */
@Service
@Transactional
public class PaymentProvisioning {

  private final PaymentRepository payments;
  private final PaymentRefundRepository refunds;
  private final PaymentRecords records;
  private final Settlements settlements;
  private final JobNotices jobs;

  PaymentProvisioning(
      PaymentRepository payments,
      PaymentRefundRepository refunds,
      PaymentRecords records,
      Settlements settlements,
      JobNotices jobs) {
    this.payments = payments;
    this.refunds = refunds;
    this.records = records;
    this.settlements = settlements;
    this.jobs = jobs;
  }

  /**
   * The payment of a job of the past, paid at the shop's counter at {@code paidAt}, in the shop's
   * currency, for what the customer owed (its approved total, or the booking's price): after a card
   * payment that did not go through when {@code failedFirst}, and with {@code refundMinor} (up to
   * all of it) given back {@code refundAfter} later. Publishes what changes its screens; no receipt
   * or mail goes out, the visit being long past. Returns the payment, or null when nothing was
   * owed.
   */
  public UUID past(
      UUID jobId, Instant paidAt, boolean failedFirst, long refundMinor, Duration refundAfter) {
    JobDetails job = jobs.notice(jobId).orElseThrow().job();
    var summary = job.job();
    var due = settlements.finalAmount(job);
    PaymentSubject subject =
        summary.bookingId() != null
            ? PaymentSubject.booking(summary.bookingId())
            : PaymentSubject.job(summary.id());
    String description =
        StoredText.of("payments.job.description", summary.reference(), summary.title());
    if (failedFirst) {
      Instant tried = paidAt.minus(Duration.ofMinutes(12));
      Payment card =
          new Payment(
              summary.shopId(),
              summary.customerId(),
              subject,
              description,
              Payment.Gateway.STRIPE,
              due,
              tried);
      card.moveTo(PaymentStatus.CANCELLED, tried.plus(Duration.ofMinutes(5)));
      card.released(tried.plus(Duration.ofMinutes(5)));
      card.failed(StoredText.of("payments.failure.not-paid"), tried.plus(Duration.ofMinutes(5)));
      payments.saveAndFlush(card);
      records.changed(card);
    }
    Payment payment =
        new Payment(
            summary.shopId(),
            summary.customerId(),
            subject,
            description,
            Payment.Gateway.OFFLINE,
            due,
            paidAt);
    payment.moveTo(PaymentStatus.CAPTURED, paidAt);
    payment.paidAtShop(due.minor(), paidAt);
    payments.saveAndFlush(payment);
    records.invoice(payment);
    long refund = Math.min(refundMinor, payment.paidMinor());
    if (refund > 0) {
      Instant at = paidAt.plus(refundAfter);
      PaymentRefund given =
          new PaymentRefund(
              payment.getId(),
              refund,
              0,
              0,
              PaymentRefund.Kind.ADMIN,
              "Goodwill after the customer came back about the repair",
              null,
              at);
      given.done(null, at.plus(Duration.ofMinutes(3)));
      refunds.save(given);
      payment.refundedUpTo(refund, at.plus(Duration.ofMinutes(3)));
      payments.saveAndFlush(payment);
    }
    records.changed(payment);
    return payment.getId();
  }
}
