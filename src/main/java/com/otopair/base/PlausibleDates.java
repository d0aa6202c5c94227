package com.otopair.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Dates a person can mean: within {@value #YEARS} years of today. Services check every date and
 * time they are handed with it before any arithmetic, so that a client sending the year 999999999
 * is told so next to the field instead of overflowing {@code Instant} or {@code LocalDate}.
 */
public final class PlausibleDates {

  public static final int YEARS = 5;

  static final String MESSAGE = "Pick a date within " + YEARS + " years of today";

  private PlausibleDates() {}

  public static void require(String field, @Nullable Instant time, Clock clock) {
    if (time != null && !contains(time, clock)) {
      throw new InvalidRequestException(field, MESSAGE);
    }
  }

  public static void require(String field, @Nullable LocalDate day, Clock clock) {
    if (day != null && !contains(day, clock)) {
      throw new InvalidRequestException(field, MESSAGE);
    }
  }

  public static boolean contains(Instant time, Clock clock) {
    // Compared as dates, so that no arithmetic is done on the value itself.
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return !time.isBefore(today.minusYears(YEARS).atStartOfDay(ZoneOffset.UTC).toInstant())
        && time.isBefore(today.plusYears(YEARS).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  public static boolean contains(LocalDate day, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    return !day.isBefore(today.minusYears(YEARS)) && day.isBefore(today.plusYears(YEARS));
  }
}
