package com.otopair.payments;

import com.otopair.base.I18n;
import java.util.Locale;

/** How a shop takes money for bookings. */
public enum PaymentMode {
  OFF,
  OPTIONAL,
  REQUIRED;

  /** "Pay at the shop", in the reader's language. */
  public String label() {
    return label(I18n.current());
  }

  /** "Pay at the shop", in {@code locale}. */
  public String label(Locale locale) {
    return I18n.t(locale, key());
  }

  /** What the mode means for customers, in one sentence. */
  public String explanation() {
    return I18n.t(key() + ".explanation");
  }

  private String key() {
    return "payments.mode." + name().toLowerCase(Locale.ROOT);
  }
}
