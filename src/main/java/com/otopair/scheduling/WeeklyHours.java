package com.otopair.scheduling;

import static com.otopair.scheduling.ScheduleMapping.apply;
import static com.otopair.scheduling.ScheduleMapping.hours;
import static com.otopair.scheduling.ScheduleMapping.window;

import com.otopair.base.InvalidRequestException;
import com.otopair.scheduling.domain.AvailabilityWindowEntity;
import com.otopair.scheduling.domain.AvailabilityWindowRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mechanics' weekly windows: drawn, moved, re-priced and deleted one at a time, or a whole week
 * given to several mechanics over a range of days. A window never overlaps another of the same
 * mechanic; the database's exclusion constraint has the last word when two requests race.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class WeeklyHours {

  private final AvailabilityWindowRepository windows;
  private final ScheduleAccess access;

  WeeklyHours(AvailabilityWindowRepository windows, ScheduleAccess access) {
    this.windows = windows;
    this.access = access;
  }

  /** Adds a weekly window; refused when it overlaps another window of the mechanic. */
  public ScheduleWindow addWindow(UUID shopId, UUID mechanicId, WindowHours hours) {
    access.requireCanEdit(shopId, mechanicId);
    validate(hours);
    requireNoOverlap(shopId, mechanicId, hours, null);
    var window = new AvailabilityWindowEntity(shopId, mechanicId);
    apply(window, hours);
    saveWindow(window);
    access.changed(shopId);
    return window(window);
  }

  /** Moves, resizes or re-prices a window; returns what it was, so the change can be undone. */
  public ScheduleWindow updateWindow(UUID windowId, WindowHours hours) {
    AvailabilityWindowEntity window = editableWindow(windowId);
    ScheduleWindow before = window(window);
    validate(hours);
    requireNoOverlap(window.getShopId(), window.getMechanicId(), hours, windowId);
    apply(window, hours);
    saveWindow(window);
    access.changed(window.getShopId());
    return before;
  }

  /** Deletes a window; returns it, so the deletion can be undone. */
  public ScheduleWindow deleteWindow(UUID windowId) {
    AvailabilityWindowEntity window = editableWindow(windowId);
    windows.delete(window);
    access.changed(window.getShopId());
    return window(window);
  }

  /** The windows of a mechanic in effect during the week starting {@code weekStart}. */
  @Transactional(readOnly = true)
  public List<WindowHours> weekOf(UUID shopId, UUID mechanicId, LocalDate weekStart) {
    access.requireCanEdit(shopId, mechanicId);
    List<WindowHours> week = new ArrayList<>();
    for (AvailabilityWindowEntity w : windows.findByShopIdAndMechanicId(shopId, mechanicId)) {
      WindowHours hours = hours(w);
      for (int d = 0; d < 7; d++) {
        if (hours.appliesOn(weekStart.plusDays(d))) {
          week.add(WindowHours.weekly(hours.day(), hours.start(), hours.end(), hours.multiplier()));
        }
      }
    }
    week.sort(Comparator.comparing(WindowHours::day).thenComparing(WindowHours::start));
    return week;
  }

  /**
   * Gives each mechanic the week's windows from {@code from} to {@code to} (open-ended when null):
   * their windows in that range are replaced, those before and after it stay.
   */
  public void applyWeek(
      UUID shopId,
      List<WindowHours> week,
      List<UUID> mechanicIds,
      LocalDate from,
      @Nullable LocalDate to) {
    if (mechanicIds.isEmpty()) {
      throw new InvalidRequestException("mechanics", "scheduling.week.mechanics.required");
    }
    if (to != null && to.isBefore(from)) {
      throw new InvalidRequestException("to", "scheduling.rule.last-before-first");
    }
    List<WindowHours> dated = week.stream().map(w -> w.valid(from, to)).toList();
    validateWeek(dated);
    for (UUID mechanicId : mechanicIds) {
      access.requireCanEdit(shopId, mechanicId);
      clearRange(shopId, mechanicId, from, to);
      for (WindowHours hours : dated) {
        var window = new AvailabilityWindowEntity(shopId, mechanicId);
        apply(window, hours);
        windows.save(window);
      }
    }
    try {
      windows.flush();
    } catch (DataIntegrityViolationException e) {
      throw new InvalidRequestException("scheduling.week.overlap");
    }
    access.changed(shopId);
  }

  // --- rules

  /** Refuses a week with a window the schedule wouldn't take, or two windows that overlap. */
  static void validateWeek(List<WindowHours> week) {
    for (WindowHours hours : week) {
      validate(hours);
    }
    for (int i = 0; i < week.size(); i++) {
      for (int j = i + 1; j < week.size(); j++) {
        if (overlap(week.get(i), week.get(j))) {
          throw new InvalidRequestException(
              "start",
              "scheduling.week.overlap-within",
              week.get(i).describe(),
              week.get(j).describe());
        }
      }
    }
  }

  private static void validate(WindowHours hours) {
    if (!EndOfDay.isAfter(hours.end(), hours.start())) {
      throw new InvalidRequestException("end", "scheduling.rule.end-after-start");
    }
    BookingPolicies.refuseAt("multiplier", ScheduleRules.multiplierProblem(hours.multiplier()));
    if (hours.validFrom() != null
        && hours.validTo() != null
        && hours.validTo().isBefore(hours.validFrom())) {
      throw new InvalidRequestException("validTo", "scheduling.rule.last-before-first");
    }
  }

  private void requireNoOverlap(
      UUID shopId, UUID mechanicId, WindowHours hours, @Nullable UUID ignoring) {
    windows.findByShopIdAndMechanicId(shopId, mechanicId).stream()
        .filter(w -> !w.getId().equals(ignoring))
        .filter(w -> overlap(hours(w), hours))
        .findFirst()
        .ifPresent(
            w -> {
              throw new InvalidRequestException(
                  "start", "scheduling.window.overlaps", hours(w).describe());
            });
  }

  static boolean overlap(WindowHours a, WindowHours b) {
    return a.day() == b.day()
        && EndOfDay.startsBefore(a.start(), b.end())
        && EndOfDay.startsBefore(b.start(), a.end())
        && (a.validTo() == null || b.validFrom() == null || !a.validTo().isBefore(b.validFrom()))
        && (b.validTo() == null || a.validFrom() == null || !b.validTo().isBefore(a.validFrom()));
  }

  /** Trims the mechanic's windows so none is valid between {@code from} and {@code to}. */
  private void clearRange(UUID shopId, UUID mechanicId, LocalDate from, @Nullable LocalDate to) {
    List<WindowHours> tails = new ArrayList<>();
    for (AvailabilityWindowEntity w : windows.findByShopIdAndMechanicId(shopId, mechanicId)) {
      WindowHours hours = hours(w);
      boolean endsBefore = hours.validTo() != null && hours.validTo().isBefore(from);
      boolean startsAfter =
          to != null && hours.validFrom() != null && hours.validFrom().isAfter(to);
      if (endsBefore || startsAfter) {
        continue;
      }
      if (hours.validFrom() == null || hours.validFrom().isBefore(from)) {
        apply(w, hours.valid(hours.validFrom(), from.minusDays(1)));
        windows.save(w);
      } else {
        windows.delete(w);
      }
      if (to != null && (hours.validTo() == null || hours.validTo().isAfter(to))) {
        tails.add(hours.valid(to.plusDays(1), hours.validTo()));
      }
    }
    // Hibernate inserts before it updates or deletes: the trimmed windows must reach the database
    // before the new ones, or the exclusion constraint would see both.
    windows.flush();
    for (WindowHours tail : tails) {
      var window = new AvailabilityWindowEntity(shopId, mechanicId);
      apply(window, tail);
      windows.save(window);
    }
  }

  private void saveWindow(AvailabilityWindowEntity window) {
    try {
      windows.saveAndFlush(window);
    } catch (DataIntegrityViolationException e) {
      throw new InvalidRequestException("start", "scheduling.window.overlaps-new");
    }
  }

  private AvailabilityWindowEntity editableWindow(UUID windowId) {
    AvailabilityWindowEntity window =
        windows
            .findById(windowId)
            .orElseThrow(() -> new InvalidRequestException("scheduling.window.gone"));
    access.requireCanEdit(window.getShopId(), window.getMechanicId());
    return window;
  }
}
