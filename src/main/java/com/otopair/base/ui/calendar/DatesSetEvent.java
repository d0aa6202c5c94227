package com.otopair.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.LocalDate;

/**
 * The calendar shows a new range of days or another view: fired when it is first rendered and after
 * every page or view change.
 */
@DomEvent("otopair-dates-set")
public class DatesSetEvent extends ComponentEvent<FullCalendar> {
  private final VisibleRange range;
  private final CalendarView view;
  private final LocalDate date;

  /**
   * @param start the first visible day, ISO ({@code 2026-11-23})
   * @param end the day after the last visible day
   * @param view FullCalendar's view name ({@code timeGridWeek})
   * @param date the first day of the period shown (the 1st for a month), which may differ from
   *     {@code start} when a month view begins in the previous month
   */
  public DatesSetEvent(
      FullCalendar source,
      boolean fromClient,
      @EventData("event.detail.start") String start,
      @EventData("event.detail.end") String end,
      @EventData("event.detail.view") String view,
      @EventData("event.detail.date") String date) {
    super(source, fromClient);
    this.range = new VisibleRange(LocalDate.parse(start), LocalDate.parse(end));
    this.view = CalendarView.ofClientName(view);
    this.date = LocalDate.parse(date);
  }

  /** The visible days, end exclusive. */
  public VisibleRange getRange() {
    return range;
  }

  public CalendarView getView() {
    return view;
  }

  /** The first day of the period shown. */
  public LocalDate getDate() {
    return date;
  }
}
