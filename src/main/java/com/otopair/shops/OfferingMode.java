package com.otopair.shops;

import com.otopair.base.I18n;
import java.util.Locale;

/** Where the work happens: at the shop, or remotely with a mechanic. */
public enum OfferingMode {
  IN_SHOP,
  REMOTE_CHAT,
  REMOTE_VIDEO;

  /** What people read for it, in the reader's language. */
  public String label() {
    return I18n.t("shops.mode." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
