package com.otopair.payments;

import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobNotices;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefund;
import com.otopair.payments.domain.PaymentRefundRepository;
import com.otopair.payments.domain.PaymentRepository;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
  private final EntityManager entities;

  PaymentProvisioning(
      PaymentRepository payments,
      PaymentRefundRepository refunds,
      PaymentRecords records,
      Settlements settlements,
      JobNotices jobs,
      EntityManager entities) {
    this.entities = entities;
    this.payments = payments;
    this.refunds = refunds;
    this.records = records;
    this.settlements = settlements;
    this.jobs = jobs;
  }

  /**
   * The payments of jobs of the past, in one transaction, each paid at the shop's counter in the
   * shop's currency for what the customer owed (its approved total, or the booking's price), as
   * {@link PastPayment} tells. Publishes what changes their screens; no receipt or mail goes out,
   * the visits being long past. Returns the payments, in order.
   */
  public List<UUID> past(List<PastPayment> paid) {
    return paid.stream().map(payment -> written(past(payment))).toList();
  }

  /**
   * Writes what one record of a batch changed and lets go of it: the batch's transaction would
   * otherwise re-check every record written before at each flush.
   */
  private <T> T written(T result) {
    entities.flush();
    entities.clear();
    return result;
  }

  private UUID past(PastPayment past) {
    Instant paidAt = past.paidAt();
    JobDetails job = jobs.notice(past.jobId()).orElseThrow().job();
    var summary = job.job();
    var due = settlements.finalAmount(job);
    PaymentSubject subject =
        summary.bookingId() != null
            ? PaymentSubject.booking(summary.bookingId())
            : PaymentSubject.job(summary.id());
    String description =
        StoredText.of("payments.job.description", summary.reference(), summary.title());
    if (past.failedFirst()) {
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
    long refund = Math.min(past.refundMinor(), payment.paidMinor());
    if (refund > 0) {
      Instant at = paidAt.plus(past.refundAfter());
      PaymentRefund given =
          new PaymentRefund(
              payment.getId(),
              refund,
              0,
              0,
              PaymentRefund.Kind.ADMIN,
              past.refundReason(),
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
