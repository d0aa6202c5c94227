package com.otopair.scheduling;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
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

  /**
   * The hours in the reader's words: "Tuesday 8:00 AM–12:00 PM", "mardi de 8 h 00 à 12 h 00", or
   * "Friday 6:00 PM–midnight" for hours until midnight.
   */
  public String describe() {
    Formats formats = Formats.current();
    String until = EndOfDay.is(end) ? I18n.t("scheduling.window.midnight") : formats.time(end);
    return I18n.t("scheduling.window.describe", formats.weekday(day), formats.time(start), until);
  }

  /** Whether the window applies on {@code date}: the right weekday inside the validity dates. */
  public boolean appliesOn(LocalDate date) {
    return date.getDayOfWeek() == day
        && (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }
}
