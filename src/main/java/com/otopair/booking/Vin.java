package com.otopair.booking;

import com.otopair.base.I18n;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Vehicle identification numbers (ISO 3779): 17 characters without I, O or Q, and for North
 * American vehicles a check digit in position 9.
 */
public final class Vin {

  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  private Vin() {}

  /** The VIN in capitals without spaces. */
  public static String normalize(String vin) {
    return vin.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Null when the VIN is valid, else what is wrong with it, in words for the customer (in their
   * language).
   */
  public static @Nullable String problem(String vin) {
    String value = normalize(vin);
    if (value.length() != 17) {
      return I18n.t("booking.vin.length", value.length());
    }
    if (!value.matches("[A-HJ-NPR-Z0-9]{17}")) {
      return I18n.t("booking.vin.characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += value(value.charAt(i)) * WEIGHTS[i];
    }
    int remainder = sum % 11;
    char expected = remainder == 10 ? 'X' : (char) ('0' + remainder);
    if (value.charAt(8) != expected) {
      return I18n.t("booking.vin.check-digit");
    }
    return null;
  }

  private static int value(char c) {
    if (Character.isDigit(c)) {
      return c - '0';
    }
    return switch (c) {
      case 'A', 'J' -> 1;
      case 'B', 'K', 'S' -> 2;
      case 'C', 'L', 'T' -> 3;
      case 'D', 'M', 'U' -> 4;
      case 'E', 'N', 'V' -> 5;
      case 'F', 'W' -> 6;
      case 'G', 'P', 'X' -> 7;
      case 'H', 'Y' -> 8;
      case 'R', 'Z' -> 9;
      default -> throw new IllegalArgumentException("Not a VIN character: " + c);
    };
  }
}
