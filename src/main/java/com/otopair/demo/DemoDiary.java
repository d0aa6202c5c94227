package com.otopair.demo;

import com.otopair.shops.Offering;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * The mechanics' time the demo's history has already given to visits, so no two of its visits
 * overlap: a free start is drawn in the shop's hours (weekdays 8:30 to 15:30, Saturday mornings).
 */
final class DemoDiary {

  /** A mechanic's free time for a visit. */
  record Slot(Instant start, UUID mechanic) {}

  private final Map<String, List<Instant[]>> busy = new HashMap<>();

  /**
   * A free start for the service that day with a mechanic of the shop not busy then, now given to
   * the visit; empty after a few tries.
   */
  Optional<Slot> free(
      Random draw, ZoneId zone, LocalDate day, Offering service, List<UUID> mechanics) {
    boolean saturday = day.getDayOfWeek() == DayOfWeek.SATURDAY;
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Optional.empty();
    }
    for (int attempt = 0; attempt < 6; attempt++) {
      int halfHours = saturday ? 6 : 15;
      LocalTime time =
          LocalTime.of(saturday ? 9 : 8, 30).plusMinutes(30L * draw.nextInt(halfHours));
      Instant start = day.atTime(time).atZone(zone).toInstant();
      Instant end = start.plus(Duration.ofMinutes(service.durationMinutes() + 15L));
      int who = draw.nextInt(mechanics.size());
      List<Instant[]> taken =
          busy.computeIfAbsent(mechanics.get(who) + "/" + day, k -> new ArrayList<>());
      if (taken.stream().noneMatch(t -> t[0].isBefore(end) && start.isBefore(t[1]))) {
        taken.add(new Instant[] {start, end});
        return Optional.of(new Slot(start, mechanics.get(who)));
      }
    }
    return Optional.empty();
  }
}
