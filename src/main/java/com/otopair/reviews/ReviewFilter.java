package com.otopair.reviews;

import com.otopair.base.I18n;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the admins' review list shows: the reported, hidden or all reviews, of one shop or any, of
 * some stars or any, whose author, service, text or reply contains {@code text}.
 */
public record ReviewFilter(Show show, @Nullable UUID shopId, @Nullable Integer stars, String text) {

  /** Which reviews. */
  public enum Show {
    /** With an open report, waiting for a decision. */
    REPORTED,
    HIDDEN,
    ALL;

    public String label() {
      return I18n.t("reviews.admin.show." + name().toLowerCase(Locale.ROOT));
    }
  }

  public static ReviewFilter reported() {
    return new ReviewFilter(Show.REPORTED, null, null, "");
  }
}
