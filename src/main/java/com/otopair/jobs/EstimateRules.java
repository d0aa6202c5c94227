package com.otopair.jobs;

import com.otopair.base.I18n;
import com.otopair.base.PlainText;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The rules for an estimate line (its description, hours or quantity, rate or unit price), shared
 * by the service (which enforces them) and the line form (which shows them all at once). Each
 * answers the problem as one sentence of the bundles, or {@code null} when there is none.
 */
public final class EstimateRules {

  public static final int MAX_DESCRIPTION_LENGTH = 200;
  public static final BigDecimal MAX_QUANTITY = new BigDecimal("9999");
  public static final long MAX_UNIT_PRICE_MINOR = 10_000_000;

  /** What is wrong: a key of the bundles and its values. */
  public record Problem(String key, Object... args) {

    /** The problem in the reader's language. */
    public String text() {
      return I18n.isKey(key) ? I18n.t(key, args) : key;
    }
  }

  private EstimateRules() {}

  public static @Nullable Problem descriptionProblem(@Nullable String description) {
    if (description != null && !PlainText.isLine(description)) {
      return new Problem(PlainText.MESSAGE);
    }
    if (description == null || description.isBlank()) {
      return new Problem("jobs.line.description.required");
    }
    return description.strip().length() > MAX_DESCRIPTION_LENGTH
        ? new Problem("jobs.line.description.too-long", String.valueOf(MAX_DESCRIPTION_LENGTH))
        : null;
  }

  /** Hours of labour (like 1.5) or a number of parts, above zero, with at most two decimals. */
  public static @Nullable Problem quantityProblem(@Nullable BigDecimal quantity, LineKind kind) {
    if (quantity == null
        || quantity.signum() <= 0
        || quantity.scale() > 2
        || quantity.compareTo(MAX_QUANTITY) > 0) {
      return new Problem(
          kind == LineKind.LABOUR ? "jobs.line.hours.invalid" : "jobs.line.quantity.invalid");
    }
    return null;
  }

  /** The hourly rate or unit price in minor units (cents), from zero up to 100,000.00. */
  public static @Nullable Problem unitPriceProblem(long unitPriceMinor, LineKind kind) {
    if (unitPriceMinor < 0 || unitPriceMinor > MAX_UNIT_PRICE_MINOR) {
      return new Problem(
          kind == LineKind.LABOUR ? "jobs.line.rate.invalid" : "jobs.line.unit-price.invalid");
    }
    return null;
  }
}
