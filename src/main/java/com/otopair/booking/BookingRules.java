package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.identity.AccountRules;
import org.jspecify.annotations.Nullable;

/**
 * The rules for what customers type when confirming a booking (their vehicle, the problem and a
 * phone number), shared by the service (which enforces them) and the hold form (which shows them
 * all at once).
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
      return "Enter a model year from " + FIRST_MODEL_YEAR + " to " + (thisYear + 1);
    }
    return null;
  }

  /** The problem with a make, or {@code null} when it is fine. */
  public static @Nullable String makeProblem(@Nullable String make) {
    return required(make, MAX_MAKE_LENGTH, "Enter the make, like Toyota");
  }

  /** The problem with a model, or {@code null} when it is fine. */
  public static @Nullable String modelProblem(@Nullable String model) {
    return required(model, MAX_MODEL_LENGTH, "Enter the model, like Corolla");
  }

  /** The problem with an optional VIN, or {@code null} when it is fine or empty. */
  public static @Nullable String vinProblem(@Nullable String vin) {
    if (vin == null || vin.isBlank()) {
      return null;
    }
    if (!PlainText.isLine(vin)) {
      return PlainText.MESSAGE;
    }
    return Vin.problem(vin);
  }

  /** The problem with an optional plate, or {@code null} when it is fine or empty. */
  public static @Nullable String plateProblem(@Nullable String plate) {
    if (plate == null) {
      return null;
    }
    if (!PlainText.isLine(plate)) {
      return PlainText.MESSAGE;
    }
    return plate.strip().length() > MAX_PLATE_LENGTH
        ? "A plate has at most " + MAX_PLATE_LENGTH + " characters"
        : null;
  }

  /**
   * The problem with the length of the description of what's wrong (optional), or {@code null}; the
   * service also refuses control characters in it ({@link PlainText#requireLines}).
   */
  public static @Nullable String descriptionProblem(@Nullable String description) {
    return description != null && description.strip().length() > MAX_PROBLEM_LENGTH
        ? "Keep the description under 2,000 characters"
        : null;
  }

  /** The problem with the phone number the shop calls, or {@code null} when it is fine. */
  public static @Nullable String phoneProblem(@Nullable String phone) {
    if (phone == null || phone.isBlank()) {
      return "Enter a phone number the shop can call";
    }
    return AccountRules.phoneProblem(phone);
  }

  /** Refuses {@code problem}, when there is one, next to its {@code field}. */
  static void refuse(String field, @Nullable String problem) {
    if (problem != null) {
      throw new InvalidRequestException(field, problem);
    }
  }

  private static @Nullable String required(@Nullable String text, int max, String ask) {
    if (text == null || text.isBlank()) {
      return ask;
    }
    if (!PlainText.isLine(text)) {
      return PlainText.MESSAGE;
    }
    return text.strip().length() > max ? ask : null;
  }
}
