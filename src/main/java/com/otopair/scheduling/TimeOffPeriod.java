package com.otopair.scheduling;

import java.time.LocalDate;
import java.util.UUID;

/** The mechanic is away every day from {@code firstDay} to {@code lastDay}, both inclusive. */
public record TimeOffPeriod(UUID mechanicId, LocalDate firstDay, LocalDate lastDay) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }
}
