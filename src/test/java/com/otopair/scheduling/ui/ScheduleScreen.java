package com.otopair.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.otopair.base.ui.calendar.CalendarEvent;
import com.otopair.base.ui.calendar.EventClickEvent;
import com.otopair.base.ui.calendar.FullCalendar;
import com.otopair.base.ui.calendar.SelectEvent;
import com.otopair.scheduling.ShopSchedule;
import com.vaadin.flow.component.ComponentUtil;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The schedule builder as Karibu tests drive it: pick a mechanic, draw and click on the week. */
final class ScheduleScreen {

  private ScheduleScreen() {}

  /** That weekday of the week the calendar shows. */
  static LocalDate weekday(ScheduleView view, DayOfWeek day) {
    return view.calendar.getVisibleRange().start().with(day);
  }

  /** Draws hours from {@code from} to {@code to} o'clock on {@code day}, as a mouse would. */
  static void select(FullCalendar calendar, LocalDate day, int from, int to) {
    ComponentUtil.fireEvent(
        calendar,
        new SelectEvent(
            calendar, true, day.atTime(from, 0).toString(), day.atTime(to, 0).toString(), false));
  }

  static void clickEvent(ScheduleView view, CalendarEvent event) {
    ComponentUtil.fireEvent(view.calendar, new EventClickEvent(view.calendar, true, event.id()));
  }

  /** The weekly windows the calendar shows. */
  static List<CalendarEvent> windows(ScheduleView view) {
    return view.calendar.getEvents().stream()
        .filter(e -> e.id().startsWith(ScheduleEvents.WINDOW))
        .toList();
  }

  /** Shows one mechanic's hours, so that what is drawn is theirs. */
  static void choose(ScheduleView view, UUID mechanicId) {
    _setValue(view.mechanic, mechanic(view, mechanicId));
  }

  static ShopSchedule.Mechanic mechanic(ScheduleView view, UUID mechanicId) {
    return view.schedule().mechanics().stream()
        .filter(m -> m.id().equals(mechanicId))
        .findFirst()
        .orElseThrow();
  }
}
