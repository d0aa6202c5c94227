package com.otopair.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A total per day over consecutive days, the days without data as zero: what a dashboard's "over
 * time" chart draws. Marketplace-wide charts count in UTC days (shops sit in several zones, so no
 * one shop's day fits them all).
 */
public record DailyTotals(LocalDate first, List<Long> values) {

  public DailyTotals {
    values = List.copyOf(values);
  }

  /** {@code days} days from {@code first}: the totals {@code found} holds, zero for the others. */
  public static DailyTotals of(LocalDate first, int days, Map<LocalDate, Long> found) {
    List<Long> values = new ArrayList<>(days);
    for (int i = 0; i < days; i++) {
      values.add(found.getOrDefault(first.plusDays(i), 0L));
    }
    return new DailyTotals(first, values);
  }

  /** The first of the last {@code days} UTC days, today (by {@code clock}) the last of them. */
  public static LocalDate firstOfLast(Clock clock, int days) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days - 1L);
  }

  /** When a UTC day starts. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      days.add(first.plusDays(i));
    }
    return days;
  }

  /** The sum of the last {@code days} days (this week, for 7). */
  public long sumOfLast(int days) {
    return sum(values.size() - days, values.size());
  }

  /** The sum of the {@code days} days before the last {@code days} (last week, for 7). */
  public long sumOfThoseBefore(int days) {
    return sum(values.size() - 2 * days, values.size() - days);
  }

  private long sum(int from, int to) {
    long sum = 0;
    for (int i = Math.max(0, from); i < Math.max(0, to); i++) {
      sum += values.get(i);
    }
    return sum;
  }
}
