package com.otopair.reviews;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a review's fields, each answering what is wrong in one sentence (or null): the form
 * marks every invalid field at once with them, and the services refuse with the same words.
 */
public final class ReviewRules {

  public static final int MAX_TEXT = 2000;

  private ReviewRules() {}

  public static @Nullable String stars(@Nullable Integer stars) {
    return stars == null || stars < 1 || stars > 5 ? I18n.t("reviews.form.stars.required") : null;
  }

  public static @Nullable String text(@Nullable String body) {
    String text = body == null ? "" : body.strip();
    if (text.length() > MAX_TEXT) {
      return I18n.t("reviews.form.text.too-long", maxText());
    }
    if (!PlainText.isLines(text)) {
      return I18n.t(PlainText.MESSAGE);
    }
    return null;
  }

  public static @Nullable String recommend(@Nullable Boolean recommend) {
    return recommend == null ? I18n.t("reviews.form.recommend.required") : null;
  }

  /** "2,000", "2 000": the longest text, as the reader writes numbers. */
  public static String maxText() {
    return Formats.current().quantity(BigDecimal.valueOf(MAX_TEXT));
  }

  /** Refuses the first invalid field of {@code draft}, next to it. */
  static void require(ReviewDraft draft) {
    if (stars(draft.stars()) != null) {
      throw new InvalidRequestException("stars", "reviews.form.stars.required");
    }
    if (draft.text().length() > MAX_TEXT) {
      throw new InvalidRequestException("text", "reviews.form.text.too-long", maxText());
    }
    PlainText.requireLines("text", draft.text());
    if (draft.recommend() == null) {
      throw new InvalidRequestException("recommend", "reviews.form.recommend.required");
    }
  }
}
