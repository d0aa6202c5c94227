package com.otopair.payments.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Money charged on top of a payment's first charge, on its own intent on the card the first one
 * saved: a job's work above its booking's price, or a live session's accepted extra time. The
 * payment's {@code extraMinor} is their total; refunds take from them in {@link #getPosition()}
 * order.
 */
@Entity
@Table(name = "payment_extras")
public class PaymentExtra extends AbstractEntity {

  @Column(name = "payment_id", nullable = false, updatable = false)
  private UUID paymentId;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "intent_id", nullable = false, updatable = false)
  private String intentId;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "charged_at", nullable = false, updatable = false)
  private Instant chargedAt;

  protected PaymentExtra() {
    this.paymentId = UUID.randomUUID();
    this.intentId = "";
    this.chargedAt = Instant.EPOCH;
  }

  public PaymentExtra(
      UUID paymentId, int position, String intentId, long amountMinor, Instant chargedAt) {
    this.paymentId = paymentId;
    this.position = position;
    this.intentId = intentId;
    this.amountMinor = amountMinor;
    this.chargedAt = chargedAt;
  }

  public UUID getPaymentId() {
    return paymentId;
  }

  /** 1 for the payment's first extra charge, 2 for the next... */
  public int getPosition() {
    return position;
  }

  public String getIntentId() {
    return intentId;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public Instant getChargedAt() {
    return chargedAt;
  }
}
