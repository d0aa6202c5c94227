package com.otopair.payments;

import org.jspecify.annotations.Nullable;

/**
 * The rules for how a shop takes money, shared by the service (which enforces them) and the shop's
 * payments form (which shows every problem at once).
 */
public final class PaymentRules {

  public static final String NOT_ONLINE =
      "Online payments aren't set up on this Otopair; customers pay at the shop";

  private PaymentRules() {}

  /**
   * The problem with a payment mode, or {@code null}: online payment needs Stripe on this Otopair
   * and a connected payout account that Stripe enabled.
   */
  public static @Nullable String modeProblem(
      @Nullable PaymentMode mode, boolean onlineAvailable, PayoutAccountStatus account) {
    if (mode == null) {
      return "Choose how customers pay";
    }
    if (mode == PaymentMode.OFF) {
      return null;
    }
    if (!onlineAvailable) {
      return NOT_ONLINE;
    }
    if (account != PayoutAccountStatus.ENABLED) {
      return "Connect your Stripe account first, so payouts have somewhere to go";
    }
    return null;
  }

  /** The problem with the share a late cancellation gives back, or {@code null}. */
  public static @Nullable String lateRefundProblem(@Nullable Integer percent) {
    return percent == null || percent < 0 || percent > 100 ? "Pick a share from 0% to 100%" : null;
  }
}
