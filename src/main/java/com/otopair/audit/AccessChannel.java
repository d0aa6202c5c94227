package com.otopair.audit;

import com.otopair.base.I18n;
import java.util.Locale;

/** How personal data was read: on a screen of Otopair, or through the API with a token. */
public enum AccessChannel {
  SCREEN,
  API;

  /** "Screen", "API", in the reader's language. */
  public String label() {
    return I18n.t("audit.access.channel." + name().toLowerCase(Locale.ROOT));
  }
}
