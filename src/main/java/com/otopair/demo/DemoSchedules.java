package com.otopair.demo;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.OpeningHours;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's weeks, within each shop's opening hours: weekday hours with a lunch break, Saturday
 * mornings at peak price for some, an off-peak first hour for others; and each shop's booking
 * policy.
 */
final class DemoSchedules {

  static final BigDecimal STANDARD = new BigDecimal("1.00");
  static final BigDecimal PEAK = new BigDecimal("1.50");
  static final BigDecimal OFF_PEAK = new BigDecimal("0.80");

  private DemoSchedules() {}

  /**
   * The week of the {@code n}th mechanic (0-based) of a shop open {@code open}: within those hours,
   * since the demo's services are done at the shop. Weekdays from opening (or 09:00) to 12:00 and
   * from 13:00 to closing (or nine hours after the start), every third mechanic's first hour
   * off-peak and Wednesdays off; every other one works Saturdays at peak price where the shop
   * opens.
   */
  static List<WindowHours> week(int n, List<OpeningHours> open) {
    List<WindowHours> week = new ArrayList<>();
    for (OpeningHours day : open) {
      if (day.day() == SATURDAY) {
        if (n % 2 == 0) {
          week.add(hours(day.day(), day.opens(), day.closes(), PEAK));
        }
        continue;
      }
      if (day.day() == SUNDAY || (n % 3 == 1 && day.day() == WEDNESDAY)) {
        continue; // a four-day week for some
      }
      LocalTime start = n % 3 == 2 ? latest(day.opens(), LocalTime.of(9, 0)) : day.opens();
      LocalTime end = earliest(day.closes(), start.plusHours(9));
      if (n % 3 == 1) {
        week.add(hours(day.day(), start, start.plusHours(1), OFF_PEAK));
        start = start.plusHours(1);
      }
      week.add(hours(day.day(), start, LUNCH, STANDARD));
      week.add(hours(day.day(), LUNCH.plusHours(1), end, STANDARD));
    }
    return week;
  }

  /** {@code date}, or the Monday after when it falls on a weekend: a day every demo shop opens. */
  static LocalDate weekday(LocalDate date) {
    return date.getDayOfWeek().getValue() <= 5
        ? date
        : date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
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

  private static final LocalTime LUNCH = LocalTime.NOON;

  private static WindowHours hours(
      DayOfWeek day, LocalTime from, LocalTime to, BigDecimal multiplier) {
    return WindowHours.weekly(day, from, to, multiplier);
  }

  private static LocalTime latest(LocalTime one, LocalTime other) {
    return one.isAfter(other) ? one : other;
  }

  private static LocalTime earliest(LocalTime one, LocalTime other) {
    return one.isBefore(other) ? one : other;
  }
}
