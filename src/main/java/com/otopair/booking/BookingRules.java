package com.otopair.booking;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.identity.AccountRules;
import org.jspecify.annotations.Nullable;

/**
 * The rules for what customers type when confirming a booking (their vehicle, the problem and a
 * phone number), shared by the service (which enforces them) and the hold form (which shows them
 * all at once). Each problem reads in the reader's language.
 */
public final class BookingRules {

  public static final int FIRST_MODEL_YEAR = 1950;
  public static final int MAX_MAKE_LENGTH = 40;
  public static final int MAX_MODEL_LENGTH = 60;
  public static final int MAX_PLATE_LENGTH = 12;
  public static final int MAX_PROBLEM_LENGTH = 2000;

  private BookingRules() {}

  /** The problem with a model year, or {@code null}; next year's models are on sale already. */
  public static @Nullable String yearProblem(@Nullable Integer year, int thisYear) {
    if (year == null || year < FIRST_MODEL_YEAR || year > thisYear + 1) {
      return I18n.t(
          "booking.rules.year", String.valueOf(FIRST_MODEL_YEAR), String.valueOf(thisYear + 1));
    }
    return null;
  }

  /** The problem with a make, or {@code null} when it is fine. */
  public static @Nullable String makeProblem(@Nullable String make) {
    return required(make, MAX_MAKE_LENGTH, "booking.rules.make");
  }

  /** The problem with a model, or {@code null} when it is fine. */
  public static @Nullable String modelProblem(@Nullable String model) {
    return required(model, MAX_MODEL_LENGTH, "booking.rules.model");
  }

  /** The problem with an optional VIN, or {@code null} when it is fine or empty. */
  public static @Nullable String vinProblem(@Nullable String vin) {
    if (vin == null || vin.isBlank()) {
      return null;
    }
    if (!PlainText.isLine(vin)) {
      return words(PlainText.MESSAGE);
    }
    return Vin.problem(vin);
  }

  /** The problem with an optional plate, or {@code null} when it is fine or empty. */
  public static @Nullable String plateProblem(@Nullable String plate) {
    if (plate == null) {
      return null;
    }
    if (!PlainText.isLine(plate)) {
      return words(PlainText.MESSAGE);
    }
    return plate.strip().length() > MAX_PLATE_LENGTH
        ? I18n.t("booking.rules.plate", MAX_PLATE_LENGTH)
        : null;
  }

  /**
   * The problem with the length of the description of what's wrong (optional), or {@code null}; the
   * service also refuses control characters in it ({@link PlainText#requireLines}).
   */
  public static @Nullable String descriptionProblem(@Nullable String description) {
    return description != null && description.strip().length() > MAX_PROBLEM_LENGTH
        ? I18n.t("booking.rules.description")
        : null;
  }

  /** The problem with the phone number the shop calls, or {@code null} when it is fine. */
  public static @Nullable String phoneProblem(@Nullable String phone) {
    if (phone == null || phone.isBlank()) {
      return I18n.t("booking.rules.phone");
    }
    return words(AccountRules.phoneProblem(phone));
  }

  /** Refuses {@code problem}, when there is one, next to its {@code field}. */
  static void refuse(String field, @Nullable String problem) {
    if (problem != null) {
      throw new InvalidRequestException(field, problem);
    }
  }

  private static @Nullable String required(@Nullable String text, int max, String askKey) {
    if (text == null || text.isBlank()) {
      return I18n.t(askKey);
    }
    if (!PlainText.isLine(text)) {
      return words(PlainText.MESSAGE);
    }
    return text.strip().length() > max ? I18n.t(askKey) : null;
  }

  /** A problem from a rule of another module, which may name a key of the bundles, as words. */
  private static @Nullable String words(@Nullable String problem) {
    return problem != null && I18n.isKey(problem) ? I18n.t(problem) : problem;
  }
}
