package com.otopair.payments;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment stands. It only moves forward: PENDING (on the payment page) → AUTHORIZED (card
 * held) → CAPTURED (charged) → REFUNDED (all of it given back); PENDING → EXPIRED; PENDING or
 * AUTHORIZED → CANCELLED (released, nothing charged); DUE (to pay at the shop) → CAPTURED or
 * CANCELLED. A late or repeated event that would move it back is ignored.
 */
public enum PaymentStatus {
  PENDING("Awaiting payment"),
  DUE("Due at the shop"),
  AUTHORIZED("Authorized"),
  CAPTURED("Paid"),
  REFUNDED("Refunded"),
  CANCELLED("Released"),
  EXPIRED("Not paid");

  private final String label;

  PaymentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
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
