package com.otopair.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;

/** The user clicked an event. */
@DomEvent("otopair-event-click")
public class EventClickEvent extends ComponentEvent<FullCalendar> {
  private final String eventId;

  public EventClickEvent(
      FullCalendar source, boolean fromClient, @EventData("event.detail.id") String eventId) {
    super(source, fromClient);
    this.eventId = eventId;
  }

  public String getEventId() {
    return eventId;
  }

  /** The clicked event, if the calendar still holds it. */
  public Optional<CalendarEvent> getEvent() {
    return getSource().findEvent(eventId);
  }
}
