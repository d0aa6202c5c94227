package com.otopair.identity;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for what people type into account forms, shared by the services (which enforce them)
 * and the forms (which show them while typing). A problem reads in the reader's language ({@link
 * I18n#current()}): the page's, or the API request's.
 */
public final class AccountRules {

  public static final int MIN_PASSWORD_LENGTH = 12;
  public static final int MAX_PASSWORD_LENGTH = 128;
  public static final int MAX_EMAIL_LENGTH = 254;
  public static final int MAX_NAME_LENGTH = 120;

  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{7,20}$");

  private AccountRules() {}

  /** The problem with an email address, or {@code null} when it is fine. */
  public static @Nullable String emailProblem(@Nullable String email) {
    if (email == null || email.isBlank()) {
      return I18n.t("identity.rules.email.required");
    }
    if (!PlainText.isLine(email)) {
      return I18n.t(PlainText.MESSAGE);
    }
    String trimmed = email.trim();
    if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
      return I18n.t("identity.rules.email.invalid");
    }
    return null;
  }

  /** The problem with a new password, or {@code null} when it is fine. */
  public static @Nullable String passwordProblem(
      @Nullable String password, @Nullable String email) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      return I18n.t("identity.rules.password.too-short", MIN_PASSWORD_LENGTH);
    }
    if (password.length() > MAX_PASSWORD_LENGTH) {
      return I18n.t("identity.rules.password.too-long", MAX_PASSWORD_LENGTH);
    }
    if (password.isBlank() || password.chars().distinct().count() < 4) {
      return I18n.t("identity.rules.password.too-simple");
    }
    if (email != null
        && password.trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
      return I18n.t("identity.rules.password.is-email");
    }
    return null;
  }

  /** The problem with a display name, or {@code null} when it is fine. */
  public static @Nullable String nameProblem(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return I18n.t("identity.rules.name.required");
    }
    if (!PlainText.isLine(name)) {
      return I18n.t(PlainText.MESSAGE);
    }
    if (name.trim().length() > MAX_NAME_LENGTH) {
      return I18n.t("identity.rules.name.too-long", MAX_NAME_LENGTH);
    }
    return null;
  }

  /** The problem with an optional phone number, or {@code null} when it is fine or empty. */
  public static @Nullable String phoneProblem(@Nullable String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    if (!PlainText.isLine(phone)) {
      return I18n.t(PlainText.MESSAGE);
    }
    return PHONE.matcher(phone.trim()).matches() ? null : I18n.t("identity.rules.phone.invalid");
  }

  static void check(String field, @Nullable String problem) {
    if (problem != null) {
      throw new InvalidRequestException(field, problem);
    }
  }
}
