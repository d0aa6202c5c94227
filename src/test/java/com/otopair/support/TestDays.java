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
   * A Monday two to eight days ahead in {@code zone}: far enough ahead for any notice and outside
   * the 24-hour cancellation window at any hour (on a Sunday the coming Monday is tomorrow, so it
   * is the one after), inside every horizon, and always a Monday, the day the fixture shops open.
   */
  public static LocalDate nextMonday(Clock clock, ZoneId zone) {
    return LocalDate.now(clock.withZone(zone))
        .plusDays(2)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
  }
}
