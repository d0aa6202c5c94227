package com.otopair.shops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Open now" is decided in the shop's own zone, and "opens next" looks ahead across the week. */
class OpeningStatusTest {

  private static final ZoneId MONTREAL = ZoneId.of("America/Toronto");
  private static final List<OpeningHours> WEEKDAYS =
      List.of(
          new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(7, 30), LocalTime.of(18, 0)),
          new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.MIDNIGHT));

  /** Monday, March 8, 2027 and the days after it. */
  private static OpeningStatus at(int dayOfMonth, int hour, int minute) {
    var local = LocalDateTime.of(2027, 3, dayOfMonth, hour, minute);
    return OpeningStatus.at(WEEKDAYS, MONTREAL, local.atZone(MONTREAL).toInstant());
  }

  @Test
  void openBetweenOpeningAndClosingInTheShopsZone() {
    assertThat(at(8, 7, 30)).isEqualTo(new OpeningStatus.Open(LocalTime.of(18, 0)));
    assertThat(at(8, 17, 59)).isEqualTo(new OpeningStatus.Open(LocalTime.of(18, 0)));
  }

  @Test
  void beforeOpeningItOpensTodayAndAtClosingItOpensOnTheNextOpenDay() {
    assertThat(at(8, 7, 0))
        .isEqualTo(new OpeningStatus.Closed(LocalDate.of(2027, 3, 8), LocalTime.of(7, 30)));
    assertThat(at(8, 18, 0))
        .isEqualTo(new OpeningStatus.Closed(LocalDate.of(2027, 3, 12), LocalTime.of(8, 0)));
    assertThat(at(13, 10, 0))
        .isEqualTo(new OpeningStatus.Closed(LocalDate.of(2027, 3, 15), LocalTime.of(7, 30)));
  }

  @Test
  void closingAtMidnightMeansTheEndOfTheDay() {
    assertThat(at(12, 23, 59)).isEqualTo(new OpeningStatus.Open(LocalTime.MIDNIGHT));
  }

  @Test
  void theShopsZoneDecidesNotTheServers() {
    // 12:30 UTC on Monday is 8:30 in Montréal (EDT begins March 14, 2027): open.
    var utc = LocalDateTime.of(2027, 3, 8, 12, 30).atZone(ZoneId.of("UTC")).toInstant();
    assertThat(OpeningStatus.at(WEEKDAYS, MONTREAL, utc)).isInstanceOf(OpeningStatus.Open.class);
    assertThat(OpeningStatus.at(WEEKDAYS, ZoneId.of("America/Vancouver"), utc))
        .isInstanceOf(OpeningStatus.Closed.class);
  }

  @Test
  void noPostedHoursSaySoInsteadOfGuessing() {
    assertThat(OpeningStatus.at(List.of(), MONTREAL, Instant.EPOCH))
        .isEqualTo(new OpeningStatus.NoHours());
  }
}
