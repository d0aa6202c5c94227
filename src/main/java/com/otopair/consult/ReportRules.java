package com.otopair.consult;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.shops.ShopRules.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The rules for what a mechanic writes into a session's summary, shared by {@link SessionReports}
 * (which enforces them, one refusal at a time) and the editor (which marks every field that breaks
 * one at once). Each answers what is wrong as a {@link Problem}, or null.
 */
public final class ReportRules {

  public static final int MAX_TEXT = 4000;
  public static final int MAX_DESCRIPTION = 200;
  public static final int MAX_LINES = 20;
  public static final int MAX_PHOTOS = 6;
  public static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(999);

  /** The highest unit price or hourly rate a line takes: 100,000.00 in the shop's currency. */
  public static final BigDecimal MAX_PRICE = BigDecimal.valueOf(100_000);

  private ReportRules() {}

  /**
   * Checks a whole draft as {@link SessionReports} takes it, in the order the editor shows its
   * fields, and refuses the first problem next to its field ({@code findings}, {@code
   * lines[2].quantity}, {@code photos}...). Prices are in the session's {@code currency}.
   */
  public static void check(ReportDraft draft, String currency) {
    refuse("findings", findings(draft.findings()));
    refuse("stepsTaken", notes(draft.stepsTaken()));
    if (draft.lines().size() > MAX_LINES) {
      throw new InvalidRequestException(
          "lines", "consult.report.lines.too-many", String.valueOf(MAX_LINES));
    }
    for (int i = 0; i < draft.lines().size(); i++) {
      ReportLine line = draft.lines().get(i);
      String field = "lines[" + i + "].";
      refuse(field + "description", description(line.description()));
      refuse(field + "quantity", quantity(line.quantity()));
      refuse(field + "unitPrice", price(line.unitPrice().amount()));
      if (!line.unitPrice().currency().equals(currency)) {
        throw new InvalidRequestException(
            field + "unitPrice", "consult.report.line.price.currency", currency);
      }
    }
    refuse("nextSteps", notes(draft.nextSteps()));
    if (draft.photoKeys().size() > MAX_PHOTOS) {
      throw new InvalidRequestException(
          "photos", "consult.report.photos.too-many", String.valueOf(MAX_PHOTOS));
    }
  }

  private static void refuse(String field, @Nullable Problem problem) {
    if (problem != null) {
      throw problem.at(field);
    }
  }

  /** What the mechanic found: required. */
  public static @Nullable Problem findings(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return new Problem("consult.report.findings.required");
    }
    return notes(text);
  }

  /** Steps taken, next steps: optional text of several lines. */
  public static @Nullable Problem notes(@Nullable String text) {
    if (text == null) {
      return null;
    }
    if (text.strip().length() > MAX_TEXT) {
      return new Problem("consult.report.text.too-long", String.valueOf(MAX_TEXT));
    }
    return PlainText.isLines(text) ? null : new Problem(PlainText.MESSAGE);
  }

  /** A line's description: one line, required. */
  public static @Nullable Problem description(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return new Problem("consult.report.line.description.required");
    }
    if (text.strip().length() > MAX_DESCRIPTION) {
      return new Problem(
          "consult.report.line.description.too-long", String.valueOf(MAX_DESCRIPTION));
    }
    return PlainText.isLine(text) ? null : new Problem(PlainText.MESSAGE);
  }

  /** A part's quantity or a labour line's hours: more than 0, at most 999, to the hundredth. */
  public static @Nullable Problem quantity(@Nullable BigDecimal quantity) {
    if (quantity == null
        || quantity.setScale(2, RoundingMode.HALF_UP).signum() <= 0
        || quantity.compareTo(MAX_QUANTITY) > 0) {
      return new Problem("consult.report.line.quantity.range");
    }
    return null;
  }

  /**
   * A unit price or an hourly rate, in the shop's currency: 0 or more, up to {@link #MAX_PRICE}.
   */
  public static @Nullable Problem price(@Nullable BigDecimal amount) {
    if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_PRICE) > 0) {
      return new Problem("consult.report.line.price.range");
    }
    return null;
  }
}
