package com.otopair.support;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The days tests book on, whatever day the test clock says it is. */
public final class TestDays {

  private TestDays() {}

  /**
   * The Monday of next week in {@code zone}: far enough ahead for any notice, inside every horizon,
   * and always a Monday, the day the fixture shops open.
   */
  public static LocalDate nextMonday(Clock clock, ZoneId zone) {
    return LocalDate.now(clock.withZone(zone))
        .plusWeeks(1)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
