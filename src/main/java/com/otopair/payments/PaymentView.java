package com.otopair.payments;

import com.otopair.base.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment as its customer, its shop and admins see it: what was held, charged, refunded and
 * released, on which card, and the invoice number once one was issued.
 */
public record PaymentView(
    UUID id,
    UUID shopId,
    String shopName,
    UUID customerId,
    String customerName,
    PaymentSubject subject,
    String description,
    boolean online,
    PaymentStatus status,
    Money amount,
    Money captured,
    Money extra,
    Money refunded,
    Money released,
    Money fee,
    @Nullable String card,
    @Nullable String failure,
    @Nullable String invoiceNumber,
    Instant createdAt,
    Instant updatedAt,
    List<Refund> refunds) {

  /** Money given back, or still on its way back. */
  public record Refund(
      UUID id,
      Money amount,
      String kind,
      String reason,
      boolean done,
      Instant requestedAt,
      @Nullable Instant completedAt) {

    /**
     * Given by Otopair support (an admin's refund or forced cancellation), not the shop's policy.
     */
    public boolean bySupport() {
      return !kind.equals("POLICY");
    }
  }

  /** One of this payment's refunds. */
  public Optional<Refund> refund(UUID refundId) {
    return refunds.stream().filter(r -> r.id().equals(refundId)).findFirst();
  }

  /** What the customer paid in all. */
  public Money paid() {
    return new Money(captured.minor() + extra.minor(), amount.currency());
  }

  /** What an admin may still refund: paid, less what was refunded or is being refunded. */
  public Money refundable() {
    long asked = refunds.stream().filter(r -> !r.done()).mapToLong(r -> r.amount().minor()).sum();
    return new Money(
        Math.max(0, captured.minor() + extra.minor() - refunded.minor() - asked),
        amount.currency());
  }

  /** The line a customer reads: "$85.00 CAD held on Visa •••• 4242", "Refunded $40.00 CAD". */
  public String headline() {
    String on = card == null ? "" : " on " + card;
    return switch (status) {
      case PENDING -> "Waiting for your payment of " + amount.format();
      case DUE -> amount.format() + " to pay at the shop";
      case AUTHORIZED -> amount.format() + " held" + on + "; charged when the work is done";
      case CAPTURED ->
          refunded.minor() > 0
              ? paid().format() + " paid" + on + ", " + refunded.format() + " refunded"
              : paid().format() + " paid" + on;
      case REFUNDED -> refunded.format() + " refunded" + on;
      case CANCELLED ->
          captured.minor() > 0
              ? captured.format() + " charged" + on + ", " + released.format() + " released"
              : "The hold of " + amount.format() + on + " was released; nothing was charged";
      case EXPIRED -> "Not paid: the payment page closed";
    };
  }
}
