package com.otopair.payments;

import com.otopair.base.I18n;
import com.otopair.base.Money;
import java.time.Instant;
import java.util.Arrays;
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

  /**
   * The line a customer reads, in their language: "$85.00 CAD held on Visa •••• 4242; charged when
   * the work is done", "$40.00 CAD refunded on Visa •••• 4242".
   */
  public String headline() {
    return switch (status) {
      case PENDING -> I18n.t("payments.headline.pending", amount.format());
      case DUE -> I18n.t("payments.headline.due", amount.format());
      case AUTHORIZED -> onCard("payments.headline.authorized", amount.format());
      case CAPTURED ->
          refunded.minor() > 0
              ? onCard("payments.headline.captured-refunded", paid().format(), refunded.format())
              : onCard("payments.headline.captured", paid().format());
      case REFUNDED -> onCard("payments.headline.refunded", refunded.format());
      case CANCELLED ->
          captured.minor() > 0
              ? onCard("payments.headline.cancelled-charged", captured.format(), released.format())
              : onCard("payments.headline.cancelled", amount.format());
      case EXPIRED -> I18n.t("payments.headline.expired");
    };
  }

  /** The sentence {@code key}, or its "-card" form naming the card after {@code amounts}. */
  private String onCard(String key, String... amounts) {
    if (card == null) {
      return I18n.t(key, (Object[]) amounts);
    }
    Object[] args = Arrays.copyOf(amounts, amounts.length + 1, Object[].class);
    args[amounts.length] = card;
    return I18n.t(key + "-card", args);
  }
}
