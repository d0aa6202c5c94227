package com.otopair.shops;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Whether a shop is open at a moment, in its own zone, and when that changes: "Open now, until 6:00
 * PM" or "Closed, opens Monday at 7:30 AM". A closing time of midnight (00:00) means the end of the
 * day.
 */
public sealed interface OpeningStatus {

  /** Open now, until {@code closes} today. */
  record Open(LocalTime closes) implements OpeningStatus {}

  /** Closed now; opens on {@code day} (today, tomorrow or later this week) at {@code opens}. */
  record Closed(LocalDate day, LocalTime opens) implements OpeningStatus {}

  /** No opening hours posted at all. */
  record NoHours() implements OpeningStatus {}

  static OpeningStatus at(List<OpeningHours> week, ZoneId zone, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    Optional<OpeningHours> today = on(week, local.getDayOfWeek());
    if (today.isPresent() && !time.isBefore(today.get().opens()) && before(time, today.get())) {
      return new Open(today.get().closes());
    }
    if (today.isPresent() && time.isBefore(today.get().opens())) {
      return new Closed(local.toLocalDate(), today.get().opens());
    }
    for (int ahead = 1; ahead <= 7; ahead++) {
      LocalDate day = local.toLocalDate().plusDays(ahead);
      Optional<OpeningHours> hours = on(week, day.getDayOfWeek());
      if (hours.isPresent()) {
        return new Closed(day, hours.get().opens());
      }
    }
    return new NoHours();
  }

  private static boolean before(LocalTime time, OpeningHours hours) {
    return hours.closes().equals(LocalTime.MIDNIGHT) || time.isBefore(hours.closes());
  }

  private static Optional<OpeningHours> on(List<OpeningHours> week, DayOfWeek day) {
    return week.stream().filter(hours -> hours.day() == day).findFirst();
  }
}
