package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rating's average reads to one decimal, halves up, with the reader's decimal mark. */
class RatingFormatsTest {

  @ParameterizedTest
  @CsvSource({
    "5,      5.0, '5,0'",
    "4.8,    4.8, '4,8'",
    "4.75,   4.8, '4,8'",
    "4.65,   4.7, '4,7'",
    "4.6667, 4.7, '4,7'",
    "1,      1.0, '1,0'"
  })
  void anAverageHasOneDecimal(double average, String english, String french) {
    assertThat(Formats.of(Locale.ENGLISH).rating(average)).isEqualTo(english);
    assertThat(Formats.of(Locale.CANADA_FRENCH).rating(average)).isEqualTo(french);
  }
}
