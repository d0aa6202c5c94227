package com.otopair.jobs;

import com.otopair.base.I18n;
import java.util.Locale;

/**
 * An estimate line is labour (hours × hourly rate) or parts (quantity × unit price), or Otopair's
 * credit of a remote session's price on the repair booked from it (one negative amount).
 */
public enum LineKind {
  LABOUR,
  PART,
  CREDIT;

  /** "Labour", "Main-d’œuvre": in the reader's language. */
  public String label() {
    return I18n.t("jobs.kind." + name().toLowerCase(Locale.ROOT));
  }
}
