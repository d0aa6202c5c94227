package com.otopair.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.LocalDateTime;

/** The user selected a time span (by dragging, or a long press on touch screens). */
@DomEvent("otopair-select")
public class SelectEvent extends ComponentEvent<FullCalendar> {
  private final LocalDateTime start;
  private final LocalDateTime end;
  private final boolean allDay;

  /**
   * @param start shop-local start, ISO without offset ({@code 2026-11-23T08:00:00})
   * @param end shop-local end (exclusive), same format
   * @param allDay whether whole days were selected (month view or the all-day row)
   */
  public SelectEvent(
      FullCalendar source,
      boolean fromClient,
      @EventData("event.detail.start") String start,
      @EventData("event.detail.end") String end,
      @EventData("event.detail.allDay") boolean allDay) {
    super(source, fromClient);
    this.start = LocalDateTime.parse(start);
    this.end = LocalDateTime.parse(end);
    this.allDay = allDay;
  }

  public LocalDateTime getStart() {
    return start;
  }

  /** The end (exclusive): a selection of 08:00-09:00 ends at 09:00. */
  public LocalDateTime getEnd() {
    return end;
  }

  /** Whole days: start and end are midnights. */
  public boolean isAllDay() {
    return allDay;
  }
}
