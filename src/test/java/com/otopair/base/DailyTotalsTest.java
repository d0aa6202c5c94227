package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Totals per UTC day: days without data are zero, weeks add up, the day is UTC's. */
class DailyTotalsTest {

  @Test
  void daysWithoutDataAreZero() {
    LocalDate first = LocalDate.of(2027, 3, 1);
    var totals = DailyTotals.of(first, 4, Map.of(first.plusDays(1), 3L, first.plusDays(3), 5L));

    assertThat(totals.values()).containsExactly(0L, 3L, 0L, 5L);
    assertThat(totals.days())
        .containsExactly(first, first.plusDays(1), first.plusDays(2), first.plusDays(3));
  }

  @Test
  void thisWeekAndTheWeekBefore() {
    Map<LocalDate, Long> found = new java.util.HashMap<>();
    LocalDate first = LocalDate.of(2027, 3, 1);
    for (int i = 0; i < 30; i++) {
      found.put(first.plusDays(i), (long) i);
    }
    var totals = DailyTotals.of(first, 30, found);

    assertThat(totals.sumOfLast(7)).isEqualTo(23 + 24 + 25 + 26 + 27 + 28 + 29);
    assertThat(totals.sumOfThoseBefore(7)).isEqualTo(16 + 17 + 18 + 19 + 20 + 21 + 22);
    assertThat(DailyTotals.of(first, 3, Map.of()).sumOfThoseBefore(7)).isZero();
  }

  @Test
  void todayIsTheUtcDayWhateverTheClocksZone() {
    // 21:30 in Toronto on March 9 is already March 10 in UTC.
    Clock evening =
        Clock.fixed(Instant.parse("2027-03-10T01:30:00Z"), ZoneId.of("America/Toronto"));

    assertThat(DailyTotals.firstOfLast(evening, 30)).isEqualTo(LocalDate.of(2027, 2, 9));
    assertThat(DailyTotals.firstOfLast(evening, 1)).isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(DailyTotals.startOf(LocalDate.of(2027, 3, 10)))
        .isEqualTo(Instant.parse("2027-03-10T00:00:00Z"));
  }
}
