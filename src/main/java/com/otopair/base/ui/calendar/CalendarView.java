package com.otopair.base.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/** The views {@link FullCalendar} can show, with FullCalendar's name for each. */
public enum CalendarView {
  /** A month grid of days. */
  MONTH("dayGridMonth"),
  /** A week of days with a time axis. */
  WEEK("timeGridWeek"),
  /** One day with a time axis; what narrow screens show instead of a week. */
  DAY("timeGridDay"),
  /** The week's events as a list. */
  LIST("listWeek");

  private final String clientName;

  CalendarView(String clientName) {
    this.clientName = clientName;
  }

  /** FullCalendar's name of the view, for example {@code timeGridWeek}. */
  public String clientName() {
    return clientName;
  }

  /**
   * The view FullCalendar calls {@code clientName}.
   *
   * @throws IllegalArgumentException for a view this component does not offer
   */
  public static CalendarView ofClientName(String clientName) {
    return Arrays.stream(values())
        .filter(view -> view.clientName.equals(clientName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown calendar view: " + clientName));
  }

  /**
   * The first day of the period {@code amount} periods (months, weeks, days) from {@code date}'s.
   */
  LocalDate step(LocalDate date, int amount) {
    return switch (this) {
      case MONTH -> date.withDayOfMonth(1).plusMonths(amount);
      case WEEK, LIST -> date.plusWeeks(amount);
      case DAY -> date.plusDays(amount);
    };
  }

  /**
   * The days this view shows around {@code date} when weeks start on {@code firstDay}: six weeks
   * for a month, as FullCalendar draws it.
   */
  VisibleRange range(LocalDate date, DayOfWeek firstDay) {
    return switch (this) {
      case MONTH -> {
        LocalDate start = date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(firstDay));
        yield new VisibleRange(start, start.plusWeeks(6));
      }
      case WEEK, LIST -> {
        LocalDate start = date.with(TemporalAdjusters.previousOrSame(firstDay));
        yield new VisibleRange(start, start.plusWeeks(1));
      }
      case DAY -> new VisibleRange(date, date.plusDays(1));
    };
  }
}
