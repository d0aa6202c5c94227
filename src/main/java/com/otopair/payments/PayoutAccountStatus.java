package com.otopair.payments;

import com.otopair.base.I18n;
import java.util.Locale;

/** A shop's Stripe Express account: not connected, onboarding unfinished, or paid out to. */
public enum PayoutAccountStatus {
  NONE,
  PENDING,
  ENABLED;

  /** "Payouts enabled", in the reader's language. */
  public String label() {
    return I18n.t("payments.account." + name().toLowerCase(Locale.ROOT));
  }
}
