package com.otopair.shops;

import com.otopair.base.I18n;
import java.util.Locale;

/** What kind of work a service is; customers search by it. */
public enum OfferingCategory {
  DIAGNOSTICS,
  BRAKES,
  OIL,
  TYRES,
  ELECTRICAL,
  ENGINE,
  SUSPENSION,
  AIR_CONDITIONING,
  INSPECTION,
  OTHER;

  /** What people read for it, in the reader's language. */
  public String label() {
    return I18n.t("shops.category." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
