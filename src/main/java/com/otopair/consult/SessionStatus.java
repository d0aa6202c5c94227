package com.otopair.consult;

import com.otopair.base.I18n;
import java.util.Locale;

/**
 * Where a live session is: scheduled (booked for a time that has not come yet), paying (its price
 * being authorized on the payment page, not yet in any queue), waiting in the shop's queue, active
 * with a mechanic, or finished one of three ways (ended after it ran, expired with nobody claiming
 * it or its price never paid, cancelled by the customer).
 */
public enum SessionStatus {
  SCHEDULED,
  PAYING,
  WAITING,
  ACTIVE,
  ENDED,
  EXPIRED,
  CANCELLED;

  public boolean finished() {
    return this == ENDED || this == EXPIRED || this == CANCELLED;
  }

  /** What people read for it, in the reader's language. */
  public String label() {
    return I18n.t("consult.status." + name().toLowerCase(Locale.ROOT));
  }
}
