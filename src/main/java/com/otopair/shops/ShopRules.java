package com.otopair.shops;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.otopair.base.PlainText;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for what owners type into the shop form, shared by the service (which enforces them)
 * and the form (which shows them while typing).
 */
public final class ShopRules {

  public static final int MIN_SLUG = 3;
  public static final int MAX_SLUG = 40;

  /** Addresses the app itself needs, or that would mislead. */
  public static final Set<String> RESERVED_SLUGS =
      Set.of(
          "admin",
          "api",
          "login",
          "logout",
          "signup",
          "setup",
          "settings",
          "new",
          "edit",
          "shop",
          "shops",
          "mechanics",
          "team",
          "home",
          "profile",
          "dev",
          "help",
          "support",
          "otopair",
          "static",
          "themes",
          "verify",
          "reset-password",
          "forgot-password",
          "list-your-shop");

  private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]*[a-z0-9]$");
  private static final Pattern US_ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");
  private static final Pattern CA_POSTAL =
      Pattern.compile("^[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d$");
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private ShopRules() {}

  /** A slug suggested from a shop name: "Garage du Plateau!" becomes "garage-du-plateau". */
  public static String suggestSlug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.length() > MAX_SLUG) {
      ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return ascii;
  }

  /** The problem with a slug's shape, or {@code null}; uniqueness is the service's to check. */
  public static @Nullable String slugProblem(@Nullable String slug) {
    if (slug == null || slug.isBlank()) {
      return "Choose the address of your shop's page";
    }
    if (!PlainText.isLine(slug)) {
      return PlainText.MESSAGE;
    }
    if (slug.length() < MIN_SLUG || slug.length() > MAX_SLUG) {
      return "Use " + MIN_SLUG + " to " + MAX_SLUG + " characters";
    }
    if (!SLUG.matcher(slug).matches() || slug.contains("--")) {
      return "Use lowercase letters, digits and single hyphens, not at the start or end";
    }
    if (RESERVED_SLUGS.contains(slug)) {
      return "This address is reserved. Try adding your city, like " + slug + "-montreal";
    }
    return null;
  }

  public static @Nullable String nameProblem(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return "Enter your shop's name";
    }
    if (!PlainText.isLine(name)) {
      return PlainText.MESSAGE;
    }
    return name.trim().length() > 120 ? "Use at most 120 characters" : null;
  }

  public static @Nullable String requiredProblem(@Nullable String value, String what) {
    if (value == null || value.isBlank()) {
      return "Enter the " + what;
    }
    return PlainText.isLine(value) ? null : PlainText.MESSAGE;
  }

  /** The postal code in its standard form for the country, if it is valid there. */
  public static Optional<String> normalizePostalCode(@Nullable String code, String country) {
    if (code == null || !PlainText.isLine(code)) {
      return Optional.empty();
    }
    String upper = code.trim().toUpperCase(Locale.ROOT);
    return switch (country) {
      case "US" -> US_ZIP.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
      case "CA" ->
          CA_POSTAL.matcher(upper).matches()
              ? Optional.of(
                  upper.replace(" ", "").substring(0, 3)
                      + " "
                      + upper.replace(" ", "").substring(3))
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  public static @Nullable String postalCodeProblem(@Nullable String code, String country) {
    if (normalizePostalCode(code, country).isPresent()) {
      return null;
    }
    if (code != null && !PlainText.isLine(code)) {
      return PlainText.MESSAGE;
    }
    return switch (country) {
      case "US" -> "Enter a ZIP code like 78701 or 78701-1234";
      case "CA" -> "Enter a postal code like H2T 1S6";
      default -> "Choose Canada or the United States first";
    };
  }

  /** The phone number in E.164 (+15145550100), if it is a valid number for the country. */
  public static Optional<String> normalizePhone(@Nullable String phone, String country) {
    if (phone == null || phone.isBlank() || !PlainText.isLine(phone)) {
      return Optional.empty();
    }
    try {
      var number = PHONES.parse(phone, country);
      return PHONES.isValidNumber(number)
          ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  public static @Nullable String phoneProblem(@Nullable String phone, String country) {
    if (normalizePhone(phone, country).isPresent()) {
      return null;
    }
    return phone != null && !PlainText.isLine(phone)
        ? PlainText.MESSAGE
        : "Enter a phone number customers can call, like (514) 555-0142";
  }

  /** A phone number in E.164 as people read it: +1 514-555-0142. */
  public static String displayPhone(String e164) {
    try {
      return PHONES.format(
          PHONES.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    } catch (NumberParseException e) {
      return e164;
    }
  }

  public static @Nullable String timeZoneProblem(@Nullable String zone) {
    if (zone == null || zone.isBlank()) {
      return "Choose the shop's time zone";
    }
    if (!PlainText.isLine(zone)) {
      return PlainText.MESSAGE;
    }
    try {
      ZoneId.of(zone);
      return null;
    } catch (DateTimeException e) {
      return "Choose a time zone from the list";
    }
  }

  public static final int MAX_DESCRIPTION = 2000;

  /** The problem with a shop's description (optional, several lines), or {@code null}. */
  public static @Nullable String descriptionProblem(@Nullable String description) {
    if (description == null) {
      return null;
    }
    if (description.length() > MAX_DESCRIPTION) {
      return "Use at most 2,000 characters";
    }
    return PlainText.isLines(description) ? null : PlainText.MESSAGE;
  }

  /** The problem with one day's opening hours, or {@code null}. */
  public static @Nullable String hoursProblem(LocalTime opens, LocalTime closes) {
    return closes.isAfter(opens) ? null : "Closing must come after opening";
  }
}
