package com.otopair.scheduling.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.base.ui.calendar.CalendarEvent;
import com.otopair.scheduling.BookedTimes;
import com.otopair.scheduling.EndOfDay;
import com.otopair.scheduling.ScheduleOverride;
import com.otopair.scheduling.ScheduleWindow;
import com.otopair.scheduling.ShopHours;
import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.Slot;
import com.otopair.scheduling.TimeOff;
import com.otopair.scheduling.WindowHours;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a schedule into calendar events for the visible days: each window on every day it is in
 * effect (coloured by its price), overrides, and time off as shaded days. Event ids say what an
 * event stands for: {@code window:<id>:<date>}, {@code override:<id>}, {@code timeoff:<id>}.
 */
final class ScheduleEvents {

  static final String WINDOW = "window:";
  static final String OVERRIDE = "override:";
  static final String TIME_OFF = "timeoff:";
  static final String SLOT = "slot:";
  static final String BOOKING = "booking:";

  private ScheduleEvents() {}

  /**
   * The events of the days {@code from} to {@code toExclusive}, with the windows as shaded
   * backgrounds when {@code behindSlots}: the slot preview draws the bookable slots over them, and
   * hours aren't edited while previewing. A window reaching outside the shop's {@code hours} is
   * marked: in-shop services won't be offered there.
   */
  static List<CalendarEvent> of(
      ShopSchedule schedule,
      Set<UUID> shown,
      LocalDate from,
      LocalDate toExclusive,
      boolean behindSlots,
      ShopHours hours) {
    Map<UUID, String> names =
        schedule.mechanics().stream()
            .collect(Collectors.toMap(ShopSchedule.Mechanic::id, ShopSchedule.Mechanic::name));
    boolean several = shown.size() > 1;
    Function<UUID, String> who = id -> several ? names.getOrDefault(id, "") + " · " : "";
    List<CalendarEvent> events = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
      LocalDate date = day;
      for (ScheduleWindow window : schedule.windows()) {
        UUID mechanic = window.mechanicId();
        if (!shown.contains(mechanic) || !window.hours().appliesOn(date)) {
          continue;
        }
        boolean replaced =
            schedule.overrides().stream()
                .anyMatch(o -> o.mechanicId().equals(mechanic) && o.date().equals(date));
        boolean away =
            schedule.timeOff().stream()
                .anyMatch(t -> t.mechanicId().equals(mechanic) && t.toPeriod().covers(date));
        String id = WINDOW + window.id() + ":" + date;
        String title = who.apply(mechanic) + price(window.hours().multiplier());
        LocalDateTime start = date.atTime(window.hours().start());
        LocalDateTime end = EndOfDay.on(date, window.hours().end());
        String tone = tone(window.hours().multiplier());
        WindowHours what = window.hours();
        String place =
            hours.cover(what.day(), what.start(), what.end())
                ? "otopair-window-inside"
                : "otopair-window-outside";
        if (behindSlots) {
          if (!replaced && !away) {
            events.add(
                CalendarEvent.background(id, title, start, end)
                    .withClassNames("otopair-window", tone, place));
          }
          continue;
        }
        CalendarEvent event =
            CalendarEvent.event(id, title, start, end)
                .withClassNames("otopair-window", tone, place);
        events.add(
            replaced || away
                ? event.withClassNames("otopair-window-inactive")
                : event.editable(true));
      }
    }
    for (ScheduleOverride override : schedule.overrides()) {
      if (!shown.contains(override.mechanicId())) {
        continue;
      }
      events.add(
          override.isDayOff()
              ? CalendarEvent.background(
                      OVERRIDE + override.id(),
                      who.apply(override.mechanicId())
                          + withReason("scheduling.event.day-off", override.reason()),
                      override.date().atStartOfDay(),
                      override.date().plusDays(1).atStartOfDay())
                  .withClassNames(CalendarEvent.TONE_UNAVAILABLE, "otopair-override")
              : CalendarEvent.event(
                      OVERRIDE + override.id(),
                      who.apply(override.mechanicId())
                          + withReason("scheduling.event.other-hours", override.reason()),
                      override.date().atTime(override.start()),
                      EndOfDay.on(override.date(), override.end()))
                  .withClassNames(CalendarEvent.TONE_MUTED, "otopair-override"));
    }
    for (BookedTimes.Booked booked : schedule.bookings()) {
      if (!shown.contains(booked.mechanicId())) {
        continue;
      }
      events.add(
          CalendarEvent.event(
                  BOOKING + booked.bookingId(),
                  who.apply(booked.mechanicId()) + booked.title(),
                  booked.start().atZone(schedule.zone()).toLocalDateTime(),
                  booked.end().atZone(schedule.zone()).toLocalDateTime())
              .withClassNames("otopair-booked"));
    }
    for (TimeOff off : schedule.timeOff()) {
      if (!shown.contains(off.mechanicId())) {
        continue;
      }
      LocalDateTime start = off.firstDay().atStartOfDay();
      LocalDateTime end = off.lastDay().plusDays(1).atStartOfDay();
      events.add(
          CalendarEvent.background(
                  TIME_OFF + off.id(),
                  who.apply(off.mechanicId())
                      + withReason("scheduling.event.time-off", off.reason()),
                  start,
                  end)
              .withClassNames(CalendarEvent.TONE_UNAVAILABLE, "otopair-time-off"));
    }
    return events;
  }

  /**
   * Bookable slots as short marks of one step each, titled with their price, so an owner sees what
   * customers are offered.
   */
  static List<CalendarEvent> slots(List<Slot> slots, ZoneId zone, Duration step) {
    List<CalendarEvent> events = new ArrayList<>();
    for (Slot slot : slots) {
      LocalDateTime start = slot.start().atZone(zone).toLocalDateTime();
      events.add(
          CalendarEvent.event(
                  SLOT + slot.mechanicId() + ":" + slot.start(),
                  price(slot.price()),
                  start,
                  start.plus(step))
              .withClassNames("otopair-slot"));
    }
    return events;
  }

  /** "$85" or "$85.50". */
  static String price(Money money) {
    return Formats.current().price(money);
  }

  /** "Standard", "×1.5 peak", "×0.8 off-peak"; "×1,5 pointe" in French. */
  static String price(BigDecimal multiplier) {
    int compared = multiplier.compareTo(BigDecimal.ONE);
    BigDecimal factor = multiplier.stripTrailingZeros();
    return compared == 0
        ? I18n.t("scheduling.event.price.standard")
        : I18n.t(
            compared > 0 ? "scheduling.event.price.peak" : "scheduling.event.price.off-peak",
            factor);
  }

  /** "Day off", or "Day off: Dentist" when the mechanic gave a reason. */
  private static String withReason(String key, String reason) {
    return reason.isBlank() ? I18n.t(key) : I18n.t(key + ".reason", reason);
  }

  static String tone(BigDecimal multiplier) {
    int compared = multiplier.compareTo(BigDecimal.ONE);
    return compared == 0
        ? CalendarEvent.TONE_PRIMARY
        : compared > 0 ? CalendarEvent.TONE_ACCENT : "otopair-tone-offpeak";
  }
}
