package com.otopair.base.ui.calendar;

import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user dragged an event to another time (same length). */
@DomEvent("otopair-event-drop")
public class EventDropEvent extends EventChangeEvent {
  public EventDropEvent(
      FullCalendar source,
      boolean fromClient,
      @EventData("event.detail.id") String eventId,
      @EventData("event.detail.start") String start,
      @EventData("event.detail.end") String end,
      @EventData("event.detail.oldStart") String oldStart,
      @EventData("event.detail.oldEnd") String oldEnd) {
    super(source, fromClient, eventId, start, end, oldStart, oldEnd);
  }
}
