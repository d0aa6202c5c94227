package com.otopair.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Hours end at a wall time of their own day, exclusive; an end of {@link LocalTime#MIDNIGHT} is the
 * midnight that ends the day ("until midnight", 24:00), stored as PostgreSQL's {@code time
 * '24:00'}. Hours can't end at the midnight they start from, so an end of 00:00 has no other
 * meaning. ({@link LocalTime} holds no 24:00; the calendar component reads its ends the same way.)
 */
public final class EndOfDay {

  private static final long NANOS_A_DAY = 86_400_000_000_000L;

  private EndOfDay() {}

  /** Whether {@code end} is the midnight that ends the day. */
  public static boolean is(LocalTime end) {
    return end.equals(LocalTime.MIDNIGHT);
  }

  /** Whether hours from {@code start} to {@code end} last a while: the end comes later that day. */
  public static boolean isAfter(LocalTime end, LocalTime start) {
    return nanoOfDay(end) > start.toNanoOfDay();
  }

  /** Whether the hours {@code start} to {@code end} begin before {@code otherEnd}. */
  public static boolean startsBefore(LocalTime start, LocalTime otherEnd) {
    return start.toNanoOfDay() < nanoOfDay(otherEnd);
  }

  /** The end on {@code date}: the next day's 00:00 for midnight. */
  public static LocalDateTime on(LocalDate date, LocalTime end) {
    return is(end) ? date.plusDays(1).atStartOfDay() : date.atTime(end);
  }

  private static long nanoOfDay(LocalTime end) {
    return is(end) ? NANOS_A_DAY : end.toNanoOfDay();
  }
}
