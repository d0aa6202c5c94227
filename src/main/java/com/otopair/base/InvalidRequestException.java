package com.otopair.base;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A request a user can correct: the message says what is wrong in words meant for them, and {@link
 * #field()} names the form field it belongs next to (or {@code null} for a notification). Services
 * throw it before changing anything, so the transaction rolls back whole.
 *
 * <p>The words are a key of the bundles and its values ({@code new InvalidRequestException("vin",
 * "booking.vin.invalid")}); {@link #getMessage()} reads them in the reader's language ({@link
 * I18n#current()}): the page's, or the API request's.
 */
public class InvalidRequestException extends RuntimeException {

  private final @Nullable String field;
  private final String key;
  private final Object[] args;

  public InvalidRequestException(@Nullable String field, String key, Object... args) {
    super(key);
    this.field = field;
    this.key = key;
    this.args = args.clone();
  }

  public InvalidRequestException(String key) {
    this(null, key);
  }

  public @Nullable String field() {
    return field;
  }

  /** The key of the bundles that says what is wrong. */
  public String key() {
    return key;
  }

  /** The values of the message's placeholders. */
  public Object[] args() {
    return args.clone();
  }

  /** What is wrong, in the reader's language. */
  @Override
  public String getMessage() {
    return I18n.isKey(key) ? I18n.t(key, args) : key;
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + key + (args.length == 0 ? "" : Arrays.toString(args));
  }
}
