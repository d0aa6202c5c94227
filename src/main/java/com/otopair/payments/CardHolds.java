package com.otopair.payments;

import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefund;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.gateway.PaymentFailedException;
import com.otopair.payments.gateway.PaymentGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A card hold outside the payment page: Stripe took the money or ended the hold on its own, or the
 * hold is about to lapse and is renewed on the saved card.
 */
@Component
@Transactional
class CardHolds {

  /**
   * Card networks let an uncaptured hold lapse after 7 days: a hold this old is renewed on the
   * saved card.
   */
  static final Duration RENEW_HOLDS_AFTER = Duration.ofDays(6);

  private static final int RENEW_AT_ONCE = 10;

  private final PaymentRecords records;
  private final PaymentRepository payments;
  private final PaymentGateway gateway;
  private final PaidSubjects subjects;
  private final Refunds refunds;
  private final Clock clock;

  CardHolds(
      PaymentRecords records,
      PaymentRepository payments,
      PaymentGateway gateway,
      PaidSubjects subjects,
      Refunds refunds,
      Clock clock) {
    this.records = records;
    this.payments = payments;
    this.gateway = gateway;
    this.subjects = subjects;
    this.refunds = refunds;
    this.clock = clock;
  }

  /**
   * Stripe took the money of a payment Otopair still saw on the payment page (captured outside
   * Otopair, or its checkout event is late): the payment is captured, and money taken always ends
   * as a confirmed booking or, if the slot is gone, a refund of all of it.
   */
  void intentSucceeded(Payment payment, String intentId, long received) {
    records.lock(payment);
    Instant now = clock.instant();
    if (payment.getStatus() != PaymentStatus.PENDING
        || !payment.moveTo(PaymentStatus.CAPTURED, now)) {
      return;
    }
    payment.authorized(intentId, payment.getAmountMinor(), null, null, now);
    payment.captured(Math.min(received, payment.getAmountMinor()), now);
    records.changed(payment);
    if (!subjects.paid(payment)) {
      payments.flush();
      refunds.request(
          payment,
          payment.paidMinor(),
          PaymentRefund.Kind.POLICY,
          StoredText.of("payments.refund.reason.slot-released"),
          null);
      return;
    }
    records.captured(payment);
  }

  /**
   * The card hold ended at Stripe without a charge. A payment still on the payment page will never
   * be paid, so its slot is let go at once; a booking whose hold lapsed later is paid at the shop.
   */
  void intentCanceled(Payment payment) {
    records.lock(payment);
    Instant now = clock.instant();
    boolean unpaid = payment.getStatus() == PaymentStatus.PENDING;
    if (!payment.moveTo(PaymentStatus.CANCELLED, now)) {
      return;
    }
    payment.released(now);
    if (unpaid) {
      payment.failed(StoredText.of("payments.failure.not-paid"), now);
      subjects.unpaid(payment);
    } else {
      payment.failed(StoredText.of("payments.failure.hold-ended"), now);
    }
    records.changed(payment);
  }

  /** Renews card holds before they lapse, ten at a time, every hour. */
  @Scheduled(
      fixedDelayString = "${otopair.payments.renew-holds-interval:PT1H}",
      initialDelayString = "PT2M")
  @SchedulerLock(name = "renew-card-holds")
  void renewAll() {
    if (!gateway.online()) {
      return;
    }
    while (renewHolds() == RENEW_AT_ONCE) {
      // more to do
    }
  }

  /**
   * Renews card holds about to lapse (card networks drop an uncaptured hold after 7 days): a new
   * hold of the same amount on the saved card, then the old one released. A card that refuses
   * leaves the payment released and the customer paying at the shop, as the payment card says.
   */
  int renewHolds() {
    Instant before = clock.instant().minus(RENEW_HOLDS_AFTER);
    int renewed = 0;
    for (Payment found : payments.holdsAuthorizedBefore(before, PageRequest.of(0, RENEW_AT_ONCE))) {
      Payment payment = records.lock(found);
      if (payment.getStatus() != PaymentStatus.AUTHORIZED
          || payment.getAuthorizedAt() == null
          || !payment.getAuthorizedAt().isBefore(before)) {
        continue;
      }
      String old = Objects.requireNonNull(payment.getPaymentIntentId());
      Instant now = clock.instant();
      try {
        var hold =
            gateway.reauthorize(
                old,
                payment.getAmountMinor(),
                records.descriptionForPayer(payment),
                payment.getAccountId(),
                payment.getAccountId() == null ? 0 : records.commission(payment.getAmountMinor()),
                "renew-" + old);
        payment.holdRenewed(hold.paymentIntentId(), now);
      } catch (PaymentFailedException e) {
        if (e.retryable()) {
          throw e;
        }
        payment.moveTo(PaymentStatus.CANCELLED, now);
        payment.released(now);
        payment.failed(StoredText.of("payments.failure.hold-refused", StoredText.word(e)), now);
      }
      try {
        gateway.release(old, "release-" + old);
      } catch (PaymentFailedException e) {
        if (e.retryable()) {
          throw e;
        }
        // Already gone at the gateway: nothing left to release.
      }
      records.changed(payment);
      renewed++;
    }
    return renewed;
  }
}
