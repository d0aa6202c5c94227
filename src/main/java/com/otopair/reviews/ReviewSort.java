package com.otopair.reviews;

import com.otopair.base.I18n;
import java.util.Locale;

/** The order of a list of reviews. */
public enum ReviewSort {
  NEWEST,
  MOST_HELPFUL;

  /** "Newest", "Most helpful", in the reader's language. */
  public String label() {
    return I18n.t("reviews.sort." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
