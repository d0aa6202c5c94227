package com.otopair.payments;

import com.otopair.base.InvalidRequestException;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefund;
import com.otopair.payments.domain.PaymentRefundRepository;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.gateway.PaymentGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money going back: a refund is recorded under the payment's lock (never more than is left), then
 * carried out at the gateway through the outbox, keyed by the refund's id, so a retry after a crash
 * refunds nothing twice.
 */
@Component
@Transactional
class Refunds {

  private final PaymentRecords records;
  private final PaymentRepository payments;
  private final PaymentRefundRepository refunds;
  private final PaymentGateway gateway;
  private final ExtraCharges extras;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Refunds(
      PaymentRecords records,
      PaymentRepository payments,
      PaymentRefundRepository refunds,
      PaymentGateway gateway,
      ExtraCharges extras,
      Clock clock,
      ApplicationEventPublisher events) {
    this.records = records;
    this.payments = payments;
    this.refunds = refunds;
    this.gateway = gateway;
    this.extras = extras;
    this.clock = clock;
    this.events = events;
  }

  /** What may still be refunded: paid, less what refunds took or are taking. */
  long refundable(Payment payment) {
    return payment.paidMinor()
        - refunds.fromFirstOf(payment.getId())
        - refunds.fromExtraOf(payment.getId());
  }

  /**
   * Records a refund (carried out through the outbox), split when it is asked for between the first
   * charge and the extra ones (from where the refunds before it stopped), so that a retry always
   * asks the gateway for the same amounts under the same keys.
   */
  PaymentRefund request(
      Payment payment,
      long amount,
      PaymentRefund.Kind kind,
      String reason,
      @Nullable UUID requestedBy) {
    records.lock(payment);
    long firstLeft = payment.getCapturedMinor() - refunds.fromFirstOf(payment.getId());
    long extraTaken = refunds.fromExtraOf(payment.getId());
    long extraLeft = payment.getExtraMinor() - extraTaken;
    if (amount <= 0 || amount > firstLeft + extraLeft) {
      throw new InvalidRequestException(
          "amount",
          "payments.refund.at-most",
          payment.money(Math.max(0, firstLeft + extraLeft)).format());
    }
    long fromFirst = Math.min(amount, firstLeft);
    PaymentRefund refund =
        refunds.save(
            new PaymentRefund(
                payment.getId(),
                fromFirst,
                amount - fromFirst,
                extraTaken,
                kind,
                reason,
                requestedBy,
                clock.instant()));
    events.publishEvent(new RefundRequested(refund.getId(), payment.getId()));
    records.changed(payment);
    return refund;
  }

  /**
   * Carries out a requested refund at the gateway, one refund per charge it comes from, keyed by
   * the refund's id (and, after the first extra charge it takes from, by the charge's position);
   * money from the shop's connected account comes back out of it.
   */
  void carryOut(UUID refundId) {
    PaymentRefund refund = refunds.findById(refundId).orElse(null);
    if (refund == null || refund.isDone()) {
      return;
    }
    Payment payment = records.lock(payments.findById(refund.getPaymentId()).orElseThrow());
    // Another run may have carried it out while this one waited for the lock.
    records.refresh(refund);
    if (refund.isDone()) {
      return;
    }
    Instant now = clock.instant();
    String gatewayId = null;
    if (payment.getGateway() == Payment.Gateway.STRIPE) {
      boolean connected = payment.getAccountId() != null;
      if (refund.getFromFirstMinor() > 0) {
        gatewayId =
            gateway.refund(
                Objects.requireNonNull(payment.getPaymentIntentId()),
                refund.getFromFirstMinor(),
                connected,
                "refund-" + refund.getId());
      }
      if (refund.getFromExtraMinor() > 0) {
        var parts = extras.parts(payment, refund.getExtraOffsetMinor(), refund.getFromExtraMinor());
        for (var part : parts) {
          String extra =
              gateway.refund(
                  part.from().getIntentId(),
                  part.amountMinor(),
                  connected,
                  "refund-extra-"
                      + refund.getId()
                      + (part == parts.getFirst() ? "" : "-" + part.from().getPosition()));
          gatewayId = gatewayId == null ? extra : gatewayId;
        }
      }
    }
    refund.done(gatewayId, now);
    refunds.flush();
    payment.refundedUpTo(refunds.doneOf(payment.getId()), now);
    events.publishEvent(
        new RefundIssued(
            payment.getId(),
            refund.getId(),
            payment.getCustomerId(),
            payment.money(refund.getAmountMinor())));
    records.changed(payment);
  }

  /**
   * Stripe says how much of an intent's charge was refunded in all (refunds made in its dashboard
   * count too): the payment shows at least that much back.
   */
  void refundedAtStripe(String intentId, long amountRefunded) {
    payments
        .findByPaymentIntentId(intentId)
        .map(records::lock)
        .ifPresent(
            p -> {
              long before = p.getRefundedMinor();
              p.refundedUpTo(amountRefunded, clock.instant());
              if (p.getRefundedMinor() != before) {
                records.changed(p);
              }
            });
  }
}
