package com.otopair.scheduling;

import java.util.UUID;

/** A saved weekly window of one mechanic. */
public record ScheduleWindow(UUID id, UUID mechanicId, WindowHours hours) {

  public WeeklyWindow toWeekly() {
    return new WeeklyWindow(
        mechanicId,
        hours.day(),
        hours.start(),
        hours.end(),
        hours.multiplier(),
        hours.validFrom(),
        hours.validTo());
  }
}
