package com.otopair.payments;

import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.consult.SessionNotices;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.gateway.PaymentFailedException;
import com.otopair.payments.gateway.PaymentGateway;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A live session's accepted extra time, charged at once, on its own, off session on the card that
 * paid for the session, in the acceptance's transaction. Each offer is charged once: its charge is
 * a business fact recorded under the payment's lock ({@link PaymentRepository#recordFact}), and
 * Stripe's idempotency key is the offer's, so a second call, or a retry after a crash, never
 * charges twice. A card the bank refuses refuses the acceptance, and nothing is recorded.
 */
@Component
@Transactional
class SessionExtraTime {

  private final PaymentRecords records;
  private final PaymentRepository payments;
  private final PaymentGateway gateway;
  private final ExtraCharges extras;
  private final SessionNotices sessions;
  private final Clock clock;

  SessionExtraTime(
      PaymentRecords records,
      PaymentRepository payments,
      PaymentGateway gateway,
      ExtraCharges extras,
      SessionNotices sessions,
      Clock clock) {
    this.sessions = sessions;
    this.records = records;
    this.payments = payments;
    this.gateway = gateway;
    this.extras = extras;
    this.clock = clock;
  }

  /**
   * Charges {@code price} for the extra time of {@code offerId}; nothing without card payments, for
   * a free offer or for a session paid by no card.
   */
  void charge(UUID sessionId, UUID offerId, Money price) {
    if (!gateway.online() || price.minor() <= 0) {
      return;
    }
    Optional<Payment> found = paymentOf(sessionId).map(records::lock).filter(this::onCard);
    if (found.isEmpty()) {
      return;
    }
    Payment payment = found.get();
    if (!price.currency().equals(payment.getCurrency())) {
      throw new IllegalArgumentException(
          "Extra time priced in " + price.currency() + " on a payment in " + payment.getCurrency());
    }
    if (payments.recordFact("session-extra:" + offerId, clock.instant()) == 0) {
      // This offer was charged already (a second run waits here until the first is done).
      return;
    }
    String description =
        I18n.in(
            records.payerLanguage(payment),
            () ->
                I18n.t(
                    "payments.charge.extra-time-description",
                    StoredText.read(payment.getDescription())));
    try {
      extras.charge(payment, price.minor(), description, "extra-" + offerId);
    } catch (PaymentFailedException e) {
      throw e.retryable()
          ? new PaymentFailedException("payments.charge.extra-time-failed", true, e)
          : new PaymentFailedException(
              "payments.charge.extra-time-refused", false, e, StoredText.word(e));
    }
    records.changed(payment);
  }

  /**
   * The payment a session's time is charged on: the session's own, paid before it entered the
   * queue, or for a booked session, its booking's.
   */
  private Optional<Payment> paymentOf(UUID sessionId) {
    return records
        .liveOf(PaymentSubject.session(sessionId))
        .or(
            () ->
                sessions
                    .notice(sessionId)
                    .map(notice -> notice.session().bookingId())
                    .flatMap(bookingId -> records.liveOf(PaymentSubject.booking(bookingId))));
  }

  /** Whether the payment holds or took the session's price on a card that can be charged again. */
  private boolean onCard(Payment payment) {
    return payment.getGateway() == Payment.Gateway.STRIPE
        && payment.getPaymentIntentId() != null
        && (payment.getStatus() == PaymentStatus.AUTHORIZED
            || payment.getStatus() == PaymentStatus.CAPTURED);
  }
}
