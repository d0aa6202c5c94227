package com.otopair.consult;

import com.otopair.base.I18n;
import java.util.Locale;

/** How soon the summary's repair should be done, from "when convenient" to "do not drive". */
public enum ReportUrgency {
  ROUTINE,
  SOON,
  URGENT,
  STOP;

  /** "Within a few weeks", "D’ici quelques semaines": in the reader's language. */
  public String label() {
    return I18n.t("consult.urgency." + name().toLowerCase(Locale.ROOT));
  }
}
