package com.otopair.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.WindowHours;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's weeks: weekday hours with a lunch break, Saturday mornings at peak price for some, an
 * off-peak early slot for others; and each shop's booking policy.
 */
final class DemoSchedules {

  static final BigDecimal STANDARD = new BigDecimal("1.00");
  static final BigDecimal PEAK = new BigDecimal("1.50");
  static final BigDecimal OFF_PEAK = new BigDecimal("0.80");

  private DemoSchedules() {}

  /** The week of the {@code n}th mechanic (0-based) of a shop. */
  static List<WindowHours> week(int n) {
    List<WindowHours> week = new ArrayList<>();
    int start = n % 3 == 2 ? 9 : 8;
    for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
      if (n % 3 == 1 && day == WEDNESDAY) {
        continue; // a four-day week
      }
      if (n % 3 == 1) {
        week.add(hours(day, 7, 8, OFF_PEAK));
      }
      week.add(hours(day, start, 12, STANDARD));
      week.add(hours(day, 13, start + 9, STANDARD));
    }
    if (n % 2 == 0) {
      week.add(hours(SATURDAY, 9, 14, PEAK));
    }
    return week;
  }

  static BookingPolicy policy(int shop) {
    return switch (shop) {
      case 0 ->
          new BookingPolicy(
              Duration.ofMinutes(15),
              Duration.ZERO,
              Duration.ofMinutes(10),
              Duration.ofHours(2),
              60,
              6,
              Duration.ofHours(24),
              2);
      case 1 ->
          new BookingPolicy(
              Duration.ofMinutes(30),
              Duration.ofMinutes(5),
              Duration.ofMinutes(10),
              Duration.ofHours(4),
              45,
              5,
              Duration.ofHours(48),
              1);
      default -> BookingPolicy.DEFAULT;
    };
  }

  private static WindowHours hours(DayOfWeek day, int from, int to, BigDecimal multiplier) {
    return WindowHours.weekly(day, LocalTime.of(from, 0), LocalTime.of(to, 0), multiplier);
  }
}
