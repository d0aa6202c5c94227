package com.otopair.payments.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Money given back to the customer: requested in the user's transaction, carried out through the
 * outbox with this row's id as the gateway's idempotency key.
 */
@Entity
@Table(name = "payment_refunds")
public class PaymentRefund extends AbstractEntity {

  public enum Kind {
    POLICY,
    ADMIN,
    FORCE_CANCEL
  }

  @Column(name = "payment_id", nullable = false, updatable = false)
  private UUID paymentId;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "from_first_minor", nullable = false, updatable = false)
  private long fromFirstMinor;

  @Column(name = "from_extra_minor", nullable = false, updatable = false)
  private long fromExtraMinor;

  @Column(name = "extra_offset_minor", nullable = false, updatable = false)
  private long extraOffsetMinor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @Column(name = "requested_by", updatable = false)
  private @Nullable UUID requestedBy;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "gateway_refund_id")
  private @Nullable String gatewayRefundId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private @Nullable Instant completedAt;

  protected PaymentRefund() {
    this.paymentId = UUID.randomUUID();
    this.kind = Kind.ADMIN;
    this.reason = "";
    this.status = "REQUESTED";
    this.createdAt = Instant.EPOCH;
  }

  public PaymentRefund(
      UUID paymentId,
      long fromFirstMinor,
      long fromExtraMinor,
      long extraOffsetMinor,
      Kind kind,
      String reason,
      @Nullable UUID requestedBy,
      Instant now) {
    this.paymentId = paymentId;
    this.fromFirstMinor = fromFirstMinor;
    this.fromExtraMinor = fromExtraMinor;
    this.amountMinor = fromFirstMinor + fromExtraMinor;
    this.extraOffsetMinor = extraOffsetMinor;
    this.kind = kind;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.status = "REQUESTED";
    this.createdAt = now;
  }

  public void done(@Nullable String gatewayRefundId, Instant now) {
    this.gatewayRefundId = gatewayRefundId;
    this.status = "DONE";
    this.completedAt = now;
  }

  public boolean isDone() {
    return status.equals("DONE");
  }

  public UUID getPaymentId() {
    return paymentId;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  /** What comes back from the booking's charge. */
  public long getFromFirstMinor() {
    return fromFirstMinor;
  }

  /** What comes back from the extra charges (work above a booking's price, extra time). */
  public long getFromExtraMinor() {
    return fromExtraMinor;
  }

  /**
   * Where this refund starts in the extra charges laid end to end, in the order they were made:
   * what the refunds asked for before it take from them.
   */
  public long getExtraOffsetMinor() {
    return extraOffsetMinor;
  }

  public Kind getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }

  public @Nullable UUID getRequestedBy() {
    return requestedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable Instant getCompletedAt() {
    return completedAt;
  }
}
