package com.otopair.shops;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
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
 * and the form (which shows them while typing). A rule names what is wrong as a {@link Problem}: a
 * key of the bundles and its values, read in the reader's language.
 */
public final class ShopRules {

  /** What is wrong with a value: a key of the bundles and the values of its placeholders. */
  public record Problem(String key, Object... args) {

    /** What is wrong, in the reader's language. */
    public String text() {
      return I18n.isKey(key) ? I18n.t(key, args) : key;
    }

    /** The refusal a service throws for it, next to {@code field}. */
    public InvalidRequestException at(String field) {
      return new InvalidRequestException(field, key, args);
    }
  }

  public static final int MIN_SLUG = 3;
  public static final int MAX_SLUG = 40;
  public static final int MAX_NAME = 120;

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
  public static @Nullable Problem slugProblem(@Nullable String slug) {
    if (slug == null || slug.isBlank()) {
      return new Problem("shops.rules.slug.required");
    }
    if (!PlainText.isLine(slug)) {
      return new Problem(PlainText.MESSAGE);
    }
    if (slug.length() < MIN_SLUG || slug.length() > MAX_SLUG) {
      return new Problem("shops.rules.slug.length", MIN_SLUG, MAX_SLUG);
    }
    if (!SLUG.matcher(slug).matches() || slug.contains("--")) {
      return new Problem("shops.rules.slug.shape");
    }
    if (RESERVED_SLUGS.contains(slug)) {
      return new Problem("shops.rules.slug.reserved", slug);
    }
    return null;
  }

  public static @Nullable Problem nameProblem(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return new Problem("shops.rules.name.required");
    }
    if (!PlainText.isLine(name)) {
      return new Problem(PlainText.MESSAGE);
    }
    return name.trim().length() > MAX_NAME ? new Problem("shops.rules.too-long", MAX_NAME) : null;
  }

  /** A line that must be filled in; {@code required} is the key that asks for it. */
  public static @Nullable Problem requiredProblem(@Nullable String value, String required) {
    if (value == null || value.isBlank()) {
      return new Problem(required);
    }
    return PlainText.isLine(value) ? null : new Problem(PlainText.MESSAGE);
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

  public static @Nullable Problem postalCodeProblem(@Nullable String code, String country) {
    if (normalizePostalCode(code, country).isPresent()) {
      return null;
    }
    if (code != null && !PlainText.isLine(code)) {
      return new Problem(PlainText.MESSAGE);
    }
    return switch (country) {
      case "US" -> new Problem("shops.rules.postal-code.us");
      case "CA" -> new Problem("shops.rules.postal-code.ca");
      default -> new Problem("shops.rules.postal-code.no-country");
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

  public static @Nullable Problem phoneProblem(@Nullable String phone, String country) {
    if (normalizePhone(phone, country).isPresent()) {
      return null;
    }
    return phone != null && !PlainText.isLine(phone)
        ? new Problem(PlainText.MESSAGE)
        : new Problem("shops.rules.phone.invalid");
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

  public static @Nullable Problem timeZoneProblem(@Nullable String zone) {
    if (zone == null || zone.isBlank()) {
      return new Problem("shops.rules.time-zone.required");
    }
    if (!PlainText.isLine(zone)) {
      return new Problem(PlainText.MESSAGE);
    }
    try {
      ZoneId.of(zone);
      return null;
    } catch (DateTimeException e) {
      return new Problem("shops.rules.time-zone.unknown");
    }
  }

  public static final int MAX_DESCRIPTION = 2000;

  /** The problem with a shop's description (optional, several lines), or {@code null}. */
  public static @Nullable Problem descriptionProblem(@Nullable String description) {
    if (description == null) {
      return null;
    }
    if (description.length() > MAX_DESCRIPTION) {
      return new Problem("shops.rules.too-long", MAX_DESCRIPTION);
    }
    return PlainText.isLines(description) ? null : new Problem(PlainText.MESSAGE);
  }

  /** The problem with one day's opening hours, or {@code null}. */
  public static @Nullable Problem hoursProblem(LocalTime opens, LocalTime closes) {
    return closes.isAfter(opens) ? null : new Problem("shops.rules.hours.order");
  }
}
