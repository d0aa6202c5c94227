package com.otopair.scheduling;

import java.time.LocalDate;
import java.util.UUID;

/** Whole days away, {@code firstDay} to {@code lastDay} inclusive. */
public record TimeOff(
    UUID id, UUID mechanicId, LocalDate firstDay, LocalDate lastDay, String reason) {

  public TimeOffPeriod toPeriod() {
    return new TimeOffPeriod(mechanicId, firstDay, lastDay);
  }
}
