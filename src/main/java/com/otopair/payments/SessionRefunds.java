package com.otopair.payments;

import com.otopair.consult.SessionRefundRequested;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefund;
import com.otopair.payments.domain.PaymentRefundRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support's refund of a live session: what the session's captured payment can still give back, up
 * to the amount asked, carried out at the gateway through the outbox like every refund. A re-run of
 * the same request finds the refund it made (same admin, reason and amount) and adds none.
 */
@Component
@Transactional
class SessionRefunds {

  private final PaymentRecords records;
  private final Refunds refunds;
  private final PaymentRefundRepository rows;

  SessionRefunds(PaymentRecords records, Refunds refunds, PaymentRefundRepository rows) {
    this.records = records;
    this.refunds = refunds;
    this.rows = rows;
  }

  void refund(SessionRefundRequested requested) {
    Optional<Payment> captured =
        records
            .liveOf(PaymentSubject.session(requested.sessionId()))
            .map(records::lock)
            .filter(p -> p.getStatus() == PaymentStatus.CAPTURED);
    if (captured.isEmpty()) {
      return;
    }
    Payment payment = captured.get();
    long asked = requested.amount().minor();
    boolean alreadyMade =
        rows.findByPaymentIdOrderByCreatedAt(payment.getId()).stream()
            .anyMatch(
                r ->
                    requested.adminId().equals(r.getRequestedBy())
                        && requested.reason().equals(r.getReason())
                        && r.getAmountMinor() == asked);
    long amount = Math.min(asked, refunds.refundable(payment));
    if (alreadyMade || amount <= 0) {
      return;
    }
    refunds.request(
        payment, amount, PaymentRefund.Kind.ADMIN, requested.reason(), requested.adminId());
  }
}
