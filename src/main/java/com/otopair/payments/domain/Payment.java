package com.otopair.payments.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.base.Money;
import com.otopair.payments.PaymentStatus;
import com.otopair.payments.PaymentSubject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One payment for one thing paid. Its status moves only along {@link PaymentStatus#next()}; the
 * amounts only grow, and the database checks that nothing is captured, refunded or released beyond
 * what may be.
 */
@Entity
@Table(name = "payments")
public class Payment extends AbstractEntity {

  public enum Gateway {
    STRIPE,
    OFFLINE
  }

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, updatable = false)
  private PaymentSubject.Kind subjectKind;

  @Column(name = "subject_id", nullable = false)
  private UUID subjectId;

  @Column(name = "description", nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "gateway", nullable = false, updatable = false)
  private Gateway gateway;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private PaymentStatus status;

  @Column(name = "currency", nullable = false, updatable = false)
  private String currency;

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(name = "captured_minor", nullable = false)
  private long capturedMinor;

  @Column(name = "extra_minor", nullable = false)
  private long extraMinor;

  @Column(name = "refunded_minor", nullable = false)
  private long refundedMinor;

  @Column(name = "released_minor", nullable = false)
  private long releasedMinor;

  @Column(name = "fee_minor", nullable = false)
  private long feeMinor;

  @Column(name = "account_id")
  private @Nullable String accountId;

  @Column(name = "checkout_session_id")
  private @Nullable String checkoutSessionId;

  @Column(name = "checkout_url")
  private @Nullable String checkoutUrl;

  @Column(name = "payment_intent_id")
  private @Nullable String paymentIntentId;

  @Column(name = "card_brand")
  private @Nullable String cardBrand;

  @Column(name = "card_last4")
  private @Nullable String cardLast4;

  @Column(name = "authorized_at")
  private @Nullable Instant authorizedAt;

  @Column(name = "failure")
  private @Nullable String failure;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Payment() {
    this.shopId = UUID.randomUUID();
    this.customerId = UUID.randomUUID();
    this.subjectKind = PaymentSubject.Kind.BOOKING;
    this.subjectId = UUID.randomUUID();
    this.description = "";
    this.gateway = Gateway.OFFLINE;
    this.status = PaymentStatus.DUE;
    this.currency = "CAD";
    this.createdAt = Instant.EPOCH;
    this.updatedAt = Instant.EPOCH;
  }

  public Payment(
      UUID shopId,
      UUID customerId,
      PaymentSubject subject,
      String description,
      Gateway gateway,
      Money amount,
      Instant now) {
    this.shopId = shopId;
    this.customerId = customerId;
    this.subjectKind = subject.kind();
    this.subjectId = subject.id();
    this.description = clip(description, 200);
    this.gateway = gateway;
    this.status = gateway == Gateway.STRIPE ? PaymentStatus.PENDING : PaymentStatus.DUE;
    this.currency = amount.currency();
    this.amountMinor = amount.minor();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Moves to {@code target} if that is forward from here; answers false (and changes nothing) for a
   * step back or sideways, which is what a late or repeated event asks for.
   */
  public boolean moveTo(PaymentStatus target, Instant now) {
    if (!status.canMoveTo(target)) {
      return false;
    }
    status = target;
    updatedAt = now;
    return true;
  }

  public void openedCheckout(String sessionId, String url, @Nullable String account, long fee) {
    this.checkoutSessionId = sessionId;
    this.checkoutUrl = url;
    this.accountId = account;
    this.feeMinor = fee;
  }

  public void authorized(
      String intentId, long amount, @Nullable String brand, @Nullable String last4, Instant now) {
    this.paymentIntentId = intentId;
    this.amountMinor = amount;
    this.authorizedAt = now;
    card(brand, last4);
  }

  /** The card is held again, on a new intent, before the old hold lapses. */
  public void holdRenewed(String intentId, Instant now) {
    this.paymentIntentId = intentId;
    this.authorizedAt = now;
    this.updatedAt = now;
  }

  /** The booking paid for moved to another time: its payment follows it. */
  public void movedTo(UUID bookingId, Instant now) {
    this.subjectId = bookingId;
    this.updatedAt = now;
  }

  /** {@code amount} of the authorization charged, the rest released. */
  public void captured(long amount, Instant now) {
    this.capturedMinor = Math.max(capturedMinor, amount);
    this.releasedMinor = amountMinor - capturedMinor;
    this.updatedAt = now;
  }

  /** Charged at the shop: the final amount, in full. */
  public void paidAtShop(long amount, Instant now) {
    this.amountMinor = amount;
    this.capturedMinor = amount;
    this.updatedAt = now;
  }

  /** {@code amount} more charged on its own (recorded as a {@link PaymentExtra}). */
  public void chargedExtra(long amount, Instant now) {
    this.extraMinor += amount;
    this.updatedAt = now;
  }

  public void released(Instant now) {
    this.releasedMinor = amountMinor - capturedMinor;
    this.updatedAt = now;
  }

  /** Refunded at least {@code total} in all (a Stripe event may report more than we asked). */
  public void refundedUpTo(long total, Instant now) {
    this.refundedMinor = Math.max(refundedMinor, Math.min(total, paidMinor()));
    this.updatedAt = now;
    if (refundedMinor == paidMinor() && paidMinor() > 0) {
      moveTo(PaymentStatus.REFUNDED, now);
    }
  }

  public void card(@Nullable String brand, @Nullable String last4) {
    if (brand != null) {
      this.cardBrand = brand;
    }
    if (last4 != null) {
      this.cardLast4 = last4;
    }
  }

  /** What went wrong, or what happened to the money, in a sentence for the customer. */
  public void failed(@Nullable String why, Instant now) {
    this.failure = why == null ? null : clip(why, 300);
    this.updatedAt = now;
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  /** What the customer paid in all: captured plus charged on top. */
  public long paidMinor() {
    return capturedMinor + extraMinor;
  }

  public Money money(long minor) {
    return new Money(minor, currency);
  }

  public UUID getShopId() {
    return shopId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public PaymentSubject subject() {
    return new PaymentSubject(subjectKind, subjectId);
  }

  public UUID getSubjectId() {
    return subjectId;
  }

  public String getDescription() {
    return description;
  }

  public Gateway getGateway() {
    return gateway;
  }

  public PaymentStatus getStatus() {
    return status;
  }

  public String getCurrency() {
    return currency;
  }

  public long getAmountMinor() {
    return amountMinor;
  }

  public long getCapturedMinor() {
    return capturedMinor;
  }

  public long getExtraMinor() {
    return extraMinor;
  }

  public long getRefundedMinor() {
    return refundedMinor;
  }

  public long getReleasedMinor() {
    return releasedMinor;
  }

  public long getFeeMinor() {
    return feeMinor;
  }

  public @Nullable String getAccountId() {
    return accountId;
  }

  public @Nullable String getCheckoutSessionId() {
    return checkoutSessionId;
  }

  public @Nullable String getCheckoutUrl() {
    return checkoutUrl;
  }

  public @Nullable String getPaymentIntentId() {
    return paymentIntentId;
  }

  public @Nullable String getCardBrand() {
    return cardBrand;
  }

  public @Nullable String getCardLast4() {
    return cardLast4;
  }

  public @Nullable Instant getAuthorizedAt() {
    return authorizedAt;
  }

  public @Nullable String getFailure() {
    return failure;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
