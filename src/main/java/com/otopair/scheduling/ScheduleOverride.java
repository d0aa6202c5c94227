package com.otopair.scheduling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Other hours, or a day off when the times are null, on one date. */
public record ScheduleOverride(
    UUID id,
    UUID mechanicId,
    LocalDate date,
    @Nullable LocalTime start,
    @Nullable LocalTime end,
    BigDecimal multiplier,
    String reason) {

  public boolean isDayOff() {
    return start == null || end == null;
  }

  public DateOverride toDateOverride() {
    return new DateOverride(mechanicId, date, start, end, multiplier);
  }
}
