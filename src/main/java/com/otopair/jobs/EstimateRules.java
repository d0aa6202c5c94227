package com.otopair.jobs;

import com.otopair.base.PlainText;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The rules for an estimate line (its description, hours or quantity, rate or unit price), shared
 * by the service (which enforces them) and the line form (which shows them all at once). Each
 * answers the problem in one sentence, or {@code null} when there is none.
 */
public final class EstimateRules {

  public static final int MAX_DESCRIPTION_LENGTH = 200;
  public static final BigDecimal MAX_QUANTITY = new BigDecimal("9999");
  public static final long MAX_UNIT_PRICE_MINOR = 10_000_000;

  private EstimateRules() {}

  public static @Nullable String descriptionProblem(@Nullable String description) {
    if (description != null && !PlainText.isLine(description)) {
      return PlainText.MESSAGE;
    }
    if (description == null || description.isBlank()) {
      return "Describe the line, like Front brake pads";
    }
    return description.strip().length() > MAX_DESCRIPTION_LENGTH
        ? "Keep the description under " + MAX_DESCRIPTION_LENGTH + " characters"
        : null;
  }

  /** Hours of labour (like 1.5) or a number of parts, above zero, with at most two decimals. */
  public static @Nullable String quantityProblem(@Nullable BigDecimal quantity, LineKind kind) {
    if (quantity == null
        || quantity.signum() <= 0
        || quantity.scale() > 2
        || quantity.compareTo(MAX_QUANTITY) > 0) {
      return kind == LineKind.LABOUR ? "Enter the hours, like 1.5" : "Enter how many, like 2";
    }
    return null;
  }

  /** The hourly rate or unit price in minor units (cents), from zero up to 100,000.00. */
  public static @Nullable String unitPriceProblem(long unitPriceMinor, LineKind kind) {
    if (unitPriceMinor < 0 || unitPriceMinor > MAX_UNIT_PRICE_MINOR) {
      return kind == LineKind.LABOUR ? "Enter the hourly rate" : "Enter the unit price";
    }
    return null;
  }
}
