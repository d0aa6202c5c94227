package com.otopair.base;

import org.jspecify.annotations.Nullable;

/**
 * Text people type: letters, digits, punctuation and spaces, never control characters. No field
 * needs them, a NUL cannot be stored in PostgreSQL at all, and an escape sequence in a name would
 * reach every screen and email that shows it. Services check each free-text field they take with
 * it, before storing or looking anything up, so pages and the API refuse it next to that field.
 */
public final class PlainText {

  /** The key of what a form shows next to a field whose text has a control character. */
  public static final String MESSAGE = "base.text.control-character";

  private PlainText() {}

  /** A one-line value (a name, a plate, a phone number, a reason): no control character at all. */
  public static void requireLine(String field, @Nullable String text) {
    require(field, text, false);
  }

  /** Text of several lines (a description, notes): line breaks and tabs, no other control. */
  public static void requireLines(String field, @Nullable String text) {
    require(field, text, true);
  }

  /** Whether {@code text} is a valid one-line value. */
  public static boolean isLine(String text) {
    return firstInvalid(text, false) < 0;
  }

  /** Whether {@code text} is valid text of several lines. */
  public static boolean isLines(String text) {
    return firstInvalid(text, true) < 0;
  }

  /**
   * {@code text} with each control character (and each broken surrogate half) replaced: what a
   * search box looks for ({@code ""}: the character is ignored) or a log keeps of odd input a
   * stranger typed (U+FFFD: visibly there, yet storable).
   */
  public static String replaceControls(String text, String replacement) {
    if (firstInvalid(text, false) < 0) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || unpairedSurrogate(text, i)) {
        kept.append(replacement);
      } else if (Character.isHighSurrogate(c)) {
        kept.append(c).append(text.charAt(++i));
      } else {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  private static void require(String field, @Nullable String text, boolean lines) {
    if (text != null && firstInvalid(text, lines) >= 0) {
      throw new InvalidRequestException(field, MESSAGE);
    }
  }

  private static int firstInvalid(String text, boolean lines) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lines && (c == '\n' || c == '\r' || c == '\t')) {
        continue;
      }
      if (Character.isISOControl(c) || unpairedSurrogate(text, i)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return -1;
  }

  private static boolean unpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c);
  }
}
