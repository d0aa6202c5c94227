package com.otopair.scheduling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * On {@code date} the mechanic's weekly windows don't apply: the mechanic is off (no times) or
 * works only from {@code start} to {@code end} at {@code multiplier}.
 */
public record DateOverride(
    UUID mechanicId,
    LocalDate date,
    @Nullable LocalTime start,
    @Nullable LocalTime end,
    BigDecimal multiplier) {

  public static DateOverride dayOff(UUID mechanicId, LocalDate date) {
    return new DateOverride(mechanicId, date, null, null, BigDecimal.ONE);
  }

  public boolean isDayOff() {
    return start == null || end == null;
  }
}
