package com.otopair.payments;

import com.otopair.base.I18n;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a payment stands. It only moves forward: PENDING (on the payment page) → AUTHORIZED (card
 * held) → CAPTURED (charged) → REFUNDED (all of it given back); PENDING → EXPIRED; PENDING or
 * AUTHORIZED → CANCELLED (released, nothing charged); DUE (to pay at the shop) → CAPTURED or
 * CANCELLED. A late or repeated event that would move it back is ignored.
 */
public enum PaymentStatus {
  PENDING,
  DUE,
  AUTHORIZED,
  CAPTURED,
  REFUNDED,
  CANCELLED,
  EXPIRED;

  /** "Paid", "Due at the shop": the status in the reader's language. */
  public String label() {
    return I18n.t("payments.status." + name().toLowerCase(Locale.ROOT));
  }

  public Set<PaymentStatus> next() {
    return switch (this) {
      case PENDING -> EnumSet.of(AUTHORIZED, CAPTURED, EXPIRED, CANCELLED);
      case DUE -> EnumSet.of(CAPTURED, CANCELLED);
      case AUTHORIZED -> EnumSet.of(CAPTURED, CANCELLED);
      case CAPTURED -> EnumSet.of(REFUNDED);
      case REFUNDED, CANCELLED, EXPIRED -> EnumSet.noneOf(PaymentStatus.class);
    };
  }

  public boolean canMoveTo(PaymentStatus target) {
    return next().contains(target);
  }
}
