package com.otopair.scheduling;

import com.otopair.scheduling.domain.AvailabilityWindowRepository;
import com.otopair.scheduling.domain.ScheduleOverrideRepository;
import com.otopair.scheduling.domain.TimeOffRepository;
import com.otopair.shops.ShopMembership;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each mechanic of a shop is available on some days: their weekly windows, replaced on a
 * day by that day's override (none for a day off), nothing on a day of time off, as the slot engine
 * reads them. Hours are elapsed time in the shop's zone, so a window across a daylight-saving
 * change counts the hour the clocks skip or repeat. Callers check who may read them.
 */
@Service
@Transactional(readOnly = true)
public class AvailableHours {

  private final AvailabilityWindowRepository windows;
  private final ScheduleOverrideRepository overrides;
  private final TimeOffRepository timeOff;
  private final ShopMembership membership;

  AvailableHours(
      AvailabilityWindowRepository windows,
      ScheduleOverrideRepository overrides,
      TimeOffRepository timeOff,
      ShopMembership membership) {
    this.windows = windows;
    this.overrides = overrides;
    this.timeOff = timeOff;
    this.membership = membership;
  }

  /**
   * Each of {@code mechanics}' available time on the shop-local days {@code from} to {@code to},
   * both inclusive, in the order given; a mechanic without hours gets zero.
   */
  public Map<UUID, Duration> of(UUID shopId, List<UUID> mechanics, LocalDate from, LocalDate to) {
    Map<UUID, Duration> hours = new LinkedHashMap<>();
    mechanics.forEach(id -> hours.put(id, Duration.ZERO));
    if (mechanics.isEmpty() || to.isBefore(from)) {
      return hours;
    }
    ZoneId zone = membership.zoneOf(shopId);
    Map<UUID, List<WeeklyWindow>> weekly = new HashMap<>();
    windows.findByShopIdAndMechanicIdIn(shopId, mechanics).stream()
        .map(w -> ScheduleMapping.window(w).toWeekly())
        .forEach(w -> weekly.computeIfAbsent(w.mechanicId(), id -> new ArrayList<>()).add(w));
    Map<UUID, Map<LocalDate, DateOverride>> byDate = new HashMap<>();
    overrides.findByShopIdAndMechanicIdInAndDateBetween(shopId, mechanics, from, to).stream()
        .map(o -> ScheduleMapping.override(o).toDateOverride())
        .forEach(
            o ->
                byDate
                    .computeIfAbsent(o.mechanicId(), id -> new HashMap<>())
                    .putIfAbsent(o.date(), o));
    List<TimeOffPeriod> away =
        timeOff.overlapping(shopId, mechanics, from, to).stream()
            .map(t -> ScheduleMapping.timeOff(t).toPeriod())
            .toList();
    for (UUID mechanic : mechanics) {
      Duration total = Duration.ZERO;
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        LocalDate date = day;
        if (away.stream().anyMatch(p -> p.mechanicId().equals(mechanic) && p.covers(date))) {
          continue;
        }
        DateOverride override = byDate.getOrDefault(mechanic, Map.of()).get(date);
        if (override != null) {
          if (!override.isDayOff()) {
            total = total.plus(elapsed(date, override.start(), override.end(), zone));
          }
          continue;
        }
        for (WeeklyWindow window : weekly.getOrDefault(mechanic, List.of())) {
          if (window.appliesOn(date)) {
            total = total.plus(elapsed(date, window.start(), window.end(), zone));
          }
        }
      }
      hours.put(mechanic, total);
    }
    return hours;
  }

  private static Duration elapsed(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
    return Duration.between(date.atTime(start).atZone(zone), EndOfDay.on(date, end).atZone(zone));
  }
}
