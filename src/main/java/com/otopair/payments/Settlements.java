package com.otopair.payments;

import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.booking.BookingNotices;
import com.otopair.jobs.JobDetails;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefund;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.gateway.PaymentFailedException;
import com.otopair.payments.gateway.PaymentGateway;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the end of a booking or a job does to its money: a cancellation gives back what the shop's
 * policy says, a completed job charges the final amount (or leaves it due at the shop), the shop is
 * paid at the counter, a moved booking takes its payment along.
 *
 * <p>Each moves the money once, however often it runs: under the payment's lock, it acts only on a
 * state it moves forward, or records the business fact it handles ({@link
 * PaymentRepository#recordFact}: this cancellation, this completion) in the transaction that
 * decides the amounts, so a re-run finds the fact and does nothing.
 */
@Component
@Transactional
class Settlements {

  private final PaymentRecords records;
  private final PaymentRepository payments;
  private final PaymentGateway gateway;
  private final BookingNotices bookings;
  private final Checkouts checkouts;
  private final Refunds refunds;
  private final ExtraCharges extras;
  private final Clock clock;

  Settlements(
      PaymentRecords records,
      PaymentRepository payments,
      PaymentGateway gateway,
      BookingNotices bookings,
      Checkouts checkouts,
      Refunds refunds,
      ExtraCharges extras,
      Clock clock) {
    this.records = records;
    this.payments = payments;
    this.gateway = gateway;
    this.bookings = bookings;
    this.checkouts = checkouts;
    this.refunds = refunds;
    this.extras = extras;
    this.clock = clock;
  }

  // --- cancellation

  /**
   * A booking was cancelled: the customer, outside the shop's window, gets everything back; inside
   * it, the shop's late-cancellation share; the shop or an admin cancelling gives everything back.
   */
  void bookingCancelled(UUID bookingId, String by, boolean late) {
    bookingCancelled(bookingId, by, late, by.equals("CUSTOMER"));
  }

  /**
   * {@code underPolicy}: the shop's late-cancellation share is kept when it was late (a customer's
   * cancellation, or an admin's made under the shop's policy); otherwise all goes back.
   */
  void bookingCancelled(UUID bookingId, String by, boolean late, boolean underPolicy) {
    Optional<Payment> found = records.liveOf(PaymentSubject.booking(bookingId));
    if (found.isEmpty()) {
      return;
    }
    Payment payment = records.lock(found.get());
    if (payments.recordFact("booking-cancelled:" + bookingId, clock.instant()) == 0) {
      // This cancellation was handled already: what it did to the money stands.
      return;
    }
    int percent = 100;
    if (late && (by.equals("CUSTOMER") || underPolicy)) {
      percent = records.settingsOf(payment.getShopId()).getLateRefundPercent();
    }
    PaymentRefund.Kind kind =
        by.equals("ADMIN") && !underPolicy
            ? PaymentRefund.Kind.FORCE_CANCEL
            : PaymentRefund.Kind.POLICY;
    StoredText.Word who =
        StoredText.word(
            switch (by) {
              case "CUSTOMER" ->
                  late ? "payments.cancelled.customer-late" : "payments.cancelled.customer";
              case "ADMIN" -> "payments.cancelled.admin";
              default -> "payments.cancelled.shop";
            });
    Instant now = clock.instant();
    switch (payment.getStatus()) {
      case PENDING -> checkouts.abandon(payment);
      case DUE -> {
        payment.moveTo(PaymentStatus.CANCELLED, now);
        records.changed(payment);
      }
      case AUTHORIZED -> {
        long keep = payment.getAmountMinor() - share(payment.getAmountMinor(), percent);
        String intent = Objects.requireNonNull(payment.getPaymentIntentId());
        if (keep == 0) {
          gateway.release(intent, "release-" + payment.getId());
          payment.moveTo(PaymentStatus.CANCELLED, now);
          payment.released(now);
          payment.failed(StoredText.of("payments.failure.cancelled-released", who), now);
        } else {
          var charge =
              gateway.capture(
                  intent,
                  keep,
                  payment.getAccountId() == null ? null : records.commission(keep),
                  "capture-" + payment.getId() + "-" + keep);
          payment.captured(keep, now);
          payment.card(charge.cardBrand(), charge.cardLast4());
          payment.moveTo(PaymentStatus.CAPTURED, now);
          payment.failed(
              StoredText.of(
                  "payments.failure.cancelled-kept",
                  who,
                  payment.money(keep),
                  String.valueOf(100 - percent)),
              now);
          records.captured(payment);
        }
        records.changed(payment);
      }
      case CAPTURED -> {
        long amount = share(refunds.refundable(payment), percent);
        if (amount > 0) {
          refunds.request(
              payment,
              amount,
              kind,
              percent == 100
                  ? StoredText.of("payments.refund.reason.full", who)
                  : StoredText.of("payments.refund.reason.share", who, String.valueOf(percent)),
              null);
        }
      }
      default -> {}
    }
  }

  private static long share(long minor, int percent) {
    return BigDecimal.valueOf(minor)
        .multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  // --- completion

  /**
   * A job is done: an authorized card is charged the final amount (up to what was authorized, the
   * rest charged separately); without one, the customer owes the amount at the shop.
   */
  void jobCompleted(JobDetails job) {
    var summary = job.job();
    Money due = finalAmount(job);
    PaymentSubject subject =
        summary.bookingId() != null
            ? PaymentSubject.booking(summary.bookingId())
            : PaymentSubject.job(summary.id());
    Instant now = clock.instant();
    if (payments.recordFact("job-completed:" + summary.id(), now) == 0) {
      // This completion was handled already (another run waits here until the first is done).
      return;
    }
    Optional<Payment> live = records.liveOf(subject);
    if (live.isEmpty()) {
      if (due.minor() == 0) {
        return;
      }
      Payment owed =
          payments.saveAndFlush(
              new Payment(
                  summary.shopId(),
                  summary.customerId(),
                  subject,
                  StoredText.of("payments.job.description", summary.reference(), summary.title()),
                  Payment.Gateway.OFFLINE,
                  due,
                  now));
      records.invoice(owed);
      records.changed(owed);
      return;
    }
    Payment payment = records.lock(live.get());
    if (payment.getStatus() != PaymentStatus.AUTHORIZED) {
      return;
    }
    String intent = Objects.requireNonNull(payment.getPaymentIntentId());
    long first = Math.min(due.minor(), payment.getAmountMinor());
    var charge =
        gateway.capture(
            intent,
            first,
            payment.getAccountId() == null ? null : records.commission(first),
            "capture-" + payment.getId() + "-" + first);
    payment.captured(first, now);
    payment.card(charge.cardBrand(), charge.cardLast4());
    payment.moveTo(PaymentStatus.CAPTURED, now);
    long extra = due.minor() - first;
    if (extra > 0) {
      try {
        extras.charge(
            payment,
            extra,
            I18n.in(
                records.payerLanguage(payment),
                () -> I18n.t("payments.charge.extra-description", summary.reference())),
            "extra-" + payment.getId() + "-" + extra);
      } catch (PaymentFailedException e) {
        if (e.retryable()) {
          throw e;
        }
        payment.failed(
            StoredText.of(
                "payments.failure.extra-not-charged", payment.money(extra), StoredText.word(e)),
            now);
      }
    }
    records.captured(payment);
    records.changed(payment);
  }

  /** What the customer owes for a job: its approved total, or the booking's price without one. */
  Money finalAmount(JobDetails job) {
    Money approved = job.totals().approvedTotal();
    if (approved.minor() > 0 || job.job().bookingId() == null) {
      return approved;
    }
    return bookings.booking(job.job().bookingId()).price();
  }

  /** The shop was paid at the counter: the invoice becomes a receipt. */
  void paidAtShop(Payment payment) {
    records.lock(payment);
    Instant now = clock.instant();
    if (payment.moveTo(PaymentStatus.CAPTURED, now)) {
      payment.paidAtShop(payment.getAmountMinor(), now);
      records.captured(payment);
      records.changed(payment);
    }
  }

  // --- moves

  /**
   * A booking moved to another time (a new booking): its payment follows, from wherever it is along
   * the chain of moves, whatever order the moves' events arrive in.
   */
  void bookingMoved(UUID bookingId, List<UUID> movedFrom) {
    if (records.liveOf(PaymentSubject.booking(bookingId)).isPresent()) {
      return;
    }
    for (UUID earlier : movedFrom) {
      Optional<Payment> found = records.liveOf(PaymentSubject.booking(earlier));
      if (found.isPresent()) {
        Payment payment = records.lock(found.get());
        if (payment.getSubjectId().equals(bookingId)) {
          // Another run moved it while this one waited for the lock.
          return;
        }
        payment.movedTo(bookingId, clock.instant());
        records.changed(payment);
        return;
      }
    }
  }
}
