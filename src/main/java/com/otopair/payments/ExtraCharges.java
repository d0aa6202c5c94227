package com.otopair.payments;

import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentExtra;
import com.otopair.payments.domain.PaymentExtraRepository;
import com.otopair.payments.gateway.PaymentGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money charged on top of a payment's first charge, each time on its own, off session, on the card
 * the first one saved (a job's work above its booking's price, a live session's extra time), and
 * given back from those charges in the order they were made.
 */
@Component
@Transactional
class ExtraCharges {

  private final PaymentRecords records;
  private final PaymentGateway gateway;
  private final PaymentExtraRepository extras;
  private final Clock clock;

  ExtraCharges(
      PaymentRecords records, PaymentGateway gateway, PaymentExtraRepository extras, Clock clock) {
    this.records = records;
    this.gateway = gateway;
    this.extras = extras;
    this.clock = clock;
  }

  /**
   * Charges {@code amountMinor} on the payment's card under {@code idempotencyKey} and adds it to
   * the payment (to the shop's connected account, less the commission, when it has one). The caller
   * holds the payment's lock and has decided, once, that this charge is due; a refusal (a {@code
   * PaymentFailedException}) records nothing.
   */
  void charge(Payment payment, long amountMinor, String description, String idempotencyKey) {
    var charge =
        gateway.chargeAgain(
            Objects.requireNonNull(payment.getPaymentIntentId()),
            amountMinor,
            description,
            payment.getAccountId(),
            payment.getAccountId() == null ? 0 : records.commission(amountMinor),
            idempotencyKey);
    Instant now = clock.instant();
    int position = (int) extras.countByPaymentId(payment.getId()) + 1;
    extras.save(
        new PaymentExtra(payment.getId(), position, charge.paymentIntentId(), amountMinor, now));
    payment.chargedExtra(amountMinor, now);
  }

  /** A part of a refund, given back from one extra charge. */
  record Part(PaymentExtra from, long amountMinor) {}

  /**
   * Where {@code amountMinor}, starting at {@code offsetMinor} of the payment's extra charges laid
   * end to end, comes back from: the same parts every time for the same refund.
   */
  List<Part> parts(Payment payment, long offsetMinor, long amountMinor) {
    List<Part> parts = new ArrayList<>();
    long start = 0;
    long left = amountMinor;
    for (PaymentExtra extra : extras.findByPaymentIdOrderByPosition(payment.getId())) {
      long end = start + extra.getAmountMinor();
      long from = Math.max(start, offsetMinor);
      if (left > 0 && from < end) {
        long part = Math.min(left, end - from);
        parts.add(new Part(extra, part));
        left -= part;
      }
      start = end;
    }
    if (left > 0) {
      throw new IllegalStateException(
          "A refund asks " + left + " more than the extra charges of " + payment.getId());
    }
    return parts;
  }
}
