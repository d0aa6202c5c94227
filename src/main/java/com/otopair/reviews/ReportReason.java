package com.otopair.reviews;

import com.otopair.base.I18n;
import java.util.Locale;

/** Why someone reports a review: the reasons {@code review_reports.reason} knows. */
public enum ReportReason {
  OFF_TOPIC,
  ABUSIVE,
  PRIVATE_INFO,
  NOT_A_CUSTOMER,
  SPAM,
  OTHER;

  /** The reason in the reader's language. */
  public String label() {
    return I18n.t("reviews.report.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
