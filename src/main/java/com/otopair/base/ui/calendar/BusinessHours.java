package com.otopair.base.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * Opening hours shown on the calendar: the time outside them is shaded. A shop open 08:00-12:00 and
 * 13:00-17:00 on weekdays gives two of these.
 *
 * @param days the days these hours apply to
 * @param start opening time, shop-local
 * @param end closing time, shop-local; {@link LocalTime#MIDNIGHT} means the end of the day
 */
public record BusinessHours(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

  public BusinessHours {
    days = Set.copyOf(days);
    if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
      throw new IllegalArgumentException(
          "Business hours end before they start: " + start + "-" + end); // i18n: for developers
    }
  }
}
