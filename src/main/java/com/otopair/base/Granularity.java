package com.otopair.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How figures over time are grouped: by day, by ISO week (Monday first, as PostgreSQL's {@code
 * date_trunc('week', ...)}) or by calendar month.
 */
public enum Granularity {
  DAY,
  WEEK,
  MONTH;

  /** The unit PostgreSQL's {@code date_trunc} takes: "day", "week", "month". */
  public String sqlUnit() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One step of {@code generate_series}: "1 day", "1 week", "1 month". */
  public String sqlStep() {
    return "1 " + sqlUnit();
  }

  /** The first day of the period that holds {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }
}
