package com.otopair.base.ui.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * One entry on a {@link FullCalendar}, in the calendar's (the shop's) local time.
 *
 * <p>A background event shades its time span and shows its title in small text at the top (opening
 * hours with a price multiplier, time off); it cannot be clicked, dragged or resized. Class names
 * style an event; the component's stylesheet offers the tones {@link #TONE_PRIMARY}, {@link
 * #TONE_ACCENT}, {@link #TONE_MUTED} and {@link #TONE_UNAVAILABLE}.
 *
 * @param id unique within the calendar; listeners get it back
 * @param title the text shown
 * @param start shop-local start
 * @param end shop-local end (exclusive)
 * @param background shade the span instead of showing a block
 * @param editable may be dragged and resized when the calendar is {@linkplain
 *     FullCalendar#setEditable(boolean) editable}
 * @param classNames CSS class names on the event's element
 */
public record CalendarEvent(
    String id,
    String title,
    LocalDateTime start,
    LocalDateTime end,
    boolean background,
    boolean editable,
    List<String> classNames) {

  /** Teal, the brand colour: the default look of events. */
  public static final String TONE_PRIMARY = "cal-tone-primary";

  /** Amber: something that wants attention, such as peak pricing. */
  public static final String TONE_ACCENT = "cal-tone-accent";

  /** Grey: something settled or less important. */
  public static final String TONE_MUTED = "cal-tone-muted";

  /** Hatched grey: time that cannot be booked (closed, time off). */
  public static final String TONE_UNAVAILABLE = "cal-tone-unavailable";

  public CalendarEvent {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("Event " + id + " ends before it starts");
    }
    classNames = List.copyOf(classNames);
  }

  /** A normal event, not editable until {@link #editable(boolean) editable(true)}. */
  public static CalendarEvent event(
      String id, String title, LocalDateTime start, LocalDateTime end) {
    return new CalendarEvent(id, title, start, end, false, false, List.of());
  }

  /** A background event: a shaded span with its title in small text. */
  public static CalendarEvent background(
      String id, String title, LocalDateTime start, LocalDateTime end) {
    return new CalendarEvent(id, title, start, end, true, false, List.of());
  }

  /** This event with these class names added. */
  public CalendarEvent withClassNames(String... names) {
    return new CalendarEvent(
        id,
        title,
        start,
        end,
        background,
        editable,
        Stream.concat(classNames.stream(), Stream.of(names)).distinct().toList());
  }

  /** This event, draggable and resizable or not (background events never are). */
  public CalendarEvent editable(boolean editable) {
    return new CalendarEvent(id, title, start, end, background, editable, classNames);
  }

  /** This event moved to {@code newStart}-{@code newEnd}. */
  public CalendarEvent at(LocalDateTime newStart, LocalDateTime newEnd) {
    return new CalendarEvent(id, title, newStart, newEnd, background, editable, classNames);
  }
}
