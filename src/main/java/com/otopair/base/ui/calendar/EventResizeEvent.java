package com.otopair.base.ui.calendar;

import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user dragged an event's edge to change its length. */
@DomEvent("otopair-event-resize")
public class EventResizeEvent extends EventChangeEvent {
  public EventResizeEvent(
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
