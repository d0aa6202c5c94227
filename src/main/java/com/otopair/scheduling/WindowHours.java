package com.otopair.scheduling;

import com.otopair.base.Formats;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * What a window says, before it has an id: every {@code day} from {@code start} to {@code end} at
 * {@code multiplier}, between the optional validity dates. An end of 00:00 is midnight: {@link
 * EndOfDay}.
 */
public record WindowHours(
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    BigDecimal multiplier,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo) {

  public static WindowHours weekly(
      DayOfWeek day, LocalTime start, LocalTime end, BigDecimal multiplier) {
    return new WindowHours(day, start, end, multiplier, null, null);
  }

  public WindowHours at(DayOfWeek day, LocalTime start, LocalTime end) {
    return new WindowHours(day, start, end, multiplier, validFrom, validTo);
  }

  public WindowHours withMultiplier(BigDecimal multiplier) {
    return new WindowHours(day, start, end, multiplier, validFrom, validTo);
  }

  public WindowHours valid(@Nullable LocalDate from, @Nullable LocalDate to) {
    return new WindowHours(day, start, end, multiplier, from, to);
  }

  /** "Tuesday 08:00–12:00", or "Friday 18:00–24:00" for hours until midnight. */
  public String describe() {
    return Formats.current().weekday(day) + " " + start + "–" + EndOfDay.format(end);
  }

  /** Whether the window applies on {@code date}: the right weekday inside the validity dates. */
  public boolean appliesOn(LocalDate date) {
    return date.getDayOfWeek() == day
        && (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }
}
