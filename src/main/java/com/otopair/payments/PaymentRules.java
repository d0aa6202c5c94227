package com.otopair.payments;

import org.jspecify.annotations.Nullable;

/**
 * The rules for how a shop takes money, shared by the service (which enforces them) and the shop's
 * payments form (which shows every problem at once). A problem is a key of the bundles.
 */
public final class PaymentRules {

  /** The key of "online payments aren't set up on this Otopair". */
  public static final String NOT_ONLINE = "payments.rules.not-online";

  private PaymentRules() {}

  /**
   * The problem with a payment mode (a key of the bundles), or {@code null}: online payment needs
   * Stripe on this Otopair and a connected payout account that Stripe enabled.
   */
  public static @Nullable String modeProblem(
      @Nullable PaymentMode mode, boolean onlineAvailable, PayoutAccountStatus account) {
    if (mode == null) {
      return "payments.rules.mode.required";
    }
    if (mode == PaymentMode.OFF) {
      return null;
    }
    if (!onlineAvailable) {
      return NOT_ONLINE;
    }
    if (account != PayoutAccountStatus.ENABLED) {
      return "payments.rules.connect-first";
    }
    return null;
  }

  /** The problem with the share a late cancellation gives back (a key), or {@code null}. */
  public static @Nullable String lateRefundProblem(@Nullable Integer percent) {
    return percent == null || percent < 0 || percent > 100 ? "payments.rules.late-refund" : null;
  }
}
