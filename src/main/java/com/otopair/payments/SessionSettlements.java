package com.otopair.payments;

import com.otopair.payments.domain.Payment;
import com.otopair.payments.gateway.PaymentGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the end of a live session does to the card hold of its price: a session that ran is charged
 * its price; one that expired or was cancelled is released, and a payment page still open is
 * closed. Each acts under the payment's lock and only on a hold it moves forward, so a re-run, or
 * an end and an expiry of the same session at once, moves the money once.
 */
@Component
@Transactional
class SessionSettlements {

  private final PaymentRecords records;
  private final PaymentGateway gateway;
  private final Checkouts checkouts;
  private final Clock clock;

  SessionSettlements(
      PaymentRecords records, PaymentGateway gateway, Checkouts checkouts, Clock clock) {
    this.records = records;
    this.gateway = gateway;
    this.checkouts = checkouts;
    this.clock = clock;
  }

  /** The session ran: its price is captured. */
  void sessionEnded(UUID sessionId) {
    Optional<Payment> held = held(sessionId);
    if (held.isEmpty()) {
      return;
    }
    Payment payment = held.get();
    long amount = payment.getAmountMinor();
    var charge =
        gateway.capture(
            Objects.requireNonNull(payment.getPaymentIntentId()),
            amount,
            payment.getAccountId() == null ? null : records.commission(amount),
            "capture-" + payment.getId() + "-" + amount);
    Instant now = clock.instant();
    payment.captured(amount, now);
    payment.card(charge.cardBrand(), charge.cardLast4());
    payment.moveTo(PaymentStatus.CAPTURED, now);
    records.captured(payment);
    records.changed(payment);
  }

  /**
   * The session expired or was cancelled: the hold on the card is released, nothing is charged; a
   * payment page still open is closed.
   */
  void sessionGivenUp(UUID sessionId) {
    Optional<Payment> live = records.liveOf(PaymentSubject.session(sessionId));
    if (live.isPresent() && live.get().getStatus() == PaymentStatus.PENDING) {
      checkouts.abandon(live.get());
      return;
    }
    Optional<Payment> held = held(sessionId);
    if (held.isEmpty()) {
      return;
    }
    Payment payment = held.get();
    gateway.release(
        Objects.requireNonNull(payment.getPaymentIntentId()), "release-" + payment.getId());
    Instant now = clock.instant();
    payment.moveTo(PaymentStatus.CANCELLED, now);
    payment.released(now);
    payment.failed(StoredText.of("payments.failure.hold-released"), now);
    records.changed(payment);
  }

  /** The session's card hold, locked, if it is still held (not yet captured or released). */
  private Optional<Payment> held(UUID sessionId) {
    return records
        .liveOf(PaymentSubject.session(sessionId))
        .map(records::lock)
        .filter(p -> p.getStatus() == PaymentStatus.AUTHORIZED);
  }
}
