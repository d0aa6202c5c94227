package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Times for people: the wall time alone, and the zone's abbreviation only where the wall time
 * happens twice (the hour clocks repeat when they fall back), in a whole-hour zone of each
 * hemisphere and in a half-hour zone.
 */
class TimesTest {

  @ParameterizedTest
  @CsvSource({
    "America/Toronto,  2027-11-07T05:00:00Z, 1:00 AM EDT",
    "America/Toronto,  2027-11-07T06:00:00Z, 1:00 AM EST",
    "Australia/Sydney, 2027-04-03T15:00:00Z, 2:00 AM AEDT",
    "Australia/Sydney, 2027-04-03T16:00:00Z, 2:00 AM AEST",
    "America/St_Johns, 2027-11-07T03:30:00Z, 1:00 AM NDT",
    "America/St_Johns, 2027-11-07T04:30:00Z, 1:00 AM NST"
  })
  void aTimeInsideTheRepeatedHourSaysWhichOfTheTwoItIs(String zone, Instant at, String shown) {
    assertThat(Times.time(at, ZoneId.of(zone))).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource({
    // The same fall-back days, outside the repeated hour, and an ordinary day.
    "America/Toronto,  2027-11-07T04:30:00Z, 12:30 AM",
    "America/Toronto,  2027-11-07T07:00:00Z, 2:00 AM",
    "America/Toronto,  2027-03-15T13:00:00Z, 9:00 AM",
    "Australia/Sydney, 2027-04-03T17:00:00Z, 3:00 AM",
    "America/St_Johns, 2027-11-07T12:30:00Z, 9:00 AM"
  })
  void aTimeThatHappensOnceIsShownWithoutTheZone(String zone, Instant at, String shown) {
    assertThat(Times.time(at, ZoneId.of(zone))).isEqualTo(shown);
  }

  @Test
  void theLongFormNamesTheDayAndTheShopsCity() {
    ZoneId toronto = ZoneId.of("America/Toronto");

    assertThat(Times.when(Instant.parse("2027-11-07T06:00:00Z"), toronto))
        .isEqualTo("Sunday, November 7 at 1:00 AM EST (Toronto time)");
    assertThat(Times.when(Instant.parse("2027-11-08T14:00:00Z"), toronto))
        .isEqualTo("Monday, November 8 at 9:00 AM (Toronto time)");
    assertThat(Times.dayAndTime(Instant.parse("2027-11-07T05:00:00Z"), toronto))
        .isEqualTo("Sunday, November 7 at 1:00 AM EDT");
    assertThat(Times.zoneName(ZoneId.of("America/St_Johns"))).isEqualTo("St Johns");
    assertThat(Times.zoneName(ZoneId.of("UTC"))).isEqualTo("UTC");
  }
}
