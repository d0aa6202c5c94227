package com.otopair.shops;

import com.otopair.base.I18n;
import java.util.Locale;

/** Where a shop is in its life: only ACTIVE shops are public and bookable. */
public enum ShopStatus {
  PENDING_APPROVAL,
  ACTIVE,
  DEACTIVATED;

  /** What people read for it, in the reader's language. */
  public String label() {
    return I18n.t("shops.status." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
