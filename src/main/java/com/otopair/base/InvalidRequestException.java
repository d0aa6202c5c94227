package com.otopair.base;

import org.jspecify.annotations.Nullable;

/**
 * A request a user can correct: the message says what is wrong in words meant for them, and {@link
 * #field()} names the form field it belongs next to (or {@code null} for a notification). Services
 * throw it before changing anything, so the transaction rolls back whole.
 */
public class InvalidRequestException extends RuntimeException {

  private final @Nullable String field;

  public InvalidRequestException(@Nullable String field, String message) {
    super(message);
    this.field = field;
  }

  public InvalidRequestException(String message) {
    this(null, message);
  }

  public @Nullable String field() {
    return field;
  }
}
