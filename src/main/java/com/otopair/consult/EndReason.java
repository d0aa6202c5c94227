package com.otopair.consult;

import com.otopair.base.I18n;
import java.util.Locale;

/** Why a session finished. */
public enum EndReason {
  /** Its time ran out. */
  TIME_UP,
  /** The mechanic ended it. */
  MECHANIC,
  /** The customer ended it. */
  CUSTOMER,
  /** Support ended it. */
  ADMIN,
  /** Nobody claimed it within the shop's wait limit. */
  NOBODY_CAME,
  /** The customer left the queue before anybody claimed it. */
  LEFT_QUEUE,
  /** Its price was never paid: the payment page expired, or the customer asked again. */
  NOT_PAID,
  /** Its booking was cancelled before it started. */
  BOOKING_CANCELLED;

  public String label() {
    return I18n.t("consult.end-reason." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
