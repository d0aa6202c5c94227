package com.otopair.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import java.time.LocalDateTime;
import java.util.Optional;

/** The user moved or resized an event; the calendar keeps showing it there until setEvents. */
public abstract class EventChangeEvent extends ComponentEvent<FullCalendar> {
  private final String eventId;
  private final LocalDateTime start;
  private final LocalDateTime end;
  private final LocalDateTime oldStart;
  private final LocalDateTime oldEnd;

  protected EventChangeEvent(
      FullCalendar source,
      boolean fromClient,
      String eventId,
      String start,
      String end,
      String oldStart,
      String oldEnd) {
    super(source, fromClient);
    this.eventId = eventId;
    this.start = LocalDateTime.parse(start);
    this.end = LocalDateTime.parse(end);
    this.oldStart = LocalDateTime.parse(oldStart);
    this.oldEnd = LocalDateTime.parse(oldEnd);
  }

  public String getEventId() {
    return eventId;
  }

  /** The proposed start, shop-local. */
  public LocalDateTime getStart() {
    return start;
  }

  /** The proposed end (exclusive), shop-local. */
  public LocalDateTime getEnd() {
    return end;
  }

  public LocalDateTime getOldStart() {
    return oldStart;
  }

  public LocalDateTime getOldEnd() {
    return oldEnd;
  }

  /** The changed event as the calendar holds it (at its old time), if it still does. */
  public Optional<CalendarEvent> getEvent() {
    return getSource().findEvent(eventId);
  }
}
