package com.otopair.base.ui.calendar;

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
}
