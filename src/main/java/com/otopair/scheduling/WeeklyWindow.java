package com.otopair.scheduling;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mechanic works every {@code day} from {@code start} to {@code end} (shop-local wall time),
 * priced at the offering's price times {@code multiplier}, between the optional validity dates
 * (both inclusive).
 */
public record WeeklyWindow(
    UUID mechanicId,
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    BigDecimal multiplier,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo) {

  public WeeklyWindow(UUID mechanicId, DayOfWeek day, LocalTime start, LocalTime end) {
    this(mechanicId, day, start, end, BigDecimal.ONE, null, null);
  }

  /** Whether the window applies on {@code date}: the right weekday inside the validity dates. */
  public boolean appliesOn(LocalDate date) {
    return date.getDayOfWeek() == day
        && (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }
}
