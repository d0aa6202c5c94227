package com.otopair.scheduling.ui;

import com.otopair.base.I18n;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.calendar.FullCalendar;
import com.otopair.scheduling.EndOfDay;
import com.otopair.scheduling.ScheduleWindow;
import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.Offering;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a mouse does on the schedule builder's calendar: drawing adds hours (asking for whom when
 * the whole team is shown), dragging or resizing moves them, clicking opens their dialog, and
 * clicking a previewed free slot books it for a customer. A refusal is said and the calendar goes
 * back to what is saved.
 */
final class CalendarGestures {

  private final ScheduleView view;

  CalendarGestures(ScheduleView view) {
    this.view = view;
  }

  void listenTo(FullCalendar calendar) {
    calendar.addSelectListener(e -> drawn(e.getStart(), e.getEnd()));
    calendar.addEventDropListener(
        e -> moved(e.getEventId(), e.getStart(), e.getEnd(), e.getOldStart()));
    calendar.addEventResizeListener(
        e -> moved(e.getEventId(), e.getStart(), e.getEnd(), e.getOldStart()));
    calendar.addEventClickListener(e -> clicked(e.getEventId()));
  }

  private void drawn(LocalDateTime start, LocalDateTime end) {
    Optional<WindowHours> hours = hoursOf(start, end, BigDecimal.ONE);
    if (hours.isEmpty()) {
      view.refresh();
      return;
    }
    Optional<ShopSchedule.Mechanic> who = view.chosenMechanic();
    if (who.isEmpty()) {
      new NewHoursDialog(view, hours.get()).open();
      view.refresh();
      return;
    }
    view.attempt(() -> view.addWindow(who.get(), hours.get()));
  }

  private void moved(
      String eventId, LocalDateTime start, LocalDateTime end, LocalDateTime oldStart) {
    Optional<ScheduleWindow> window = windowOf(eventId);
    if (window.isEmpty()) {
      view.refresh();
      return;
    }
    WindowHours was = window.get().hours();
    Optional<WindowHours> now = hoursOf(start, end, was.multiplier());
    if (now.isEmpty()) {
      view.refresh();
      return;
    }
    WindowHours moved = now.get().valid(was.validFrom(), was.validTo());
    view.attempt(() -> view.updateWindow(window.get(), moved));
  }

  private void clicked(String eventId) {
    if (eventId.startsWith(ScheduleEvents.WINDOW)) {
      windowOf(eventId).ifPresent(w -> new HoursDialog(view, w).open());
    } else if (eventId.startsWith(ScheduleEvents.OVERRIDE)) {
      UUID id = UUID.fromString(eventId.substring(ScheduleEvents.OVERRIDE.length()));
      view.schedule().overrides().stream()
          .filter(o -> o.id().equals(id))
          .findFirst()
          .ifPresent(o -> RemovalDialog.of(view, o).open());
    } else if (eventId.startsWith(ScheduleEvents.SLOT)) {
      bookFor(eventId.substring(ScheduleEvents.SLOT.length()));
    } else if (eventId.startsWith(ScheduleEvents.TIME_OFF)) {
      UUID id = UUID.fromString(eventId.substring(ScheduleEvents.TIME_OFF.length()));
      view.schedule().timeOff().stream()
          .filter(t -> t.id().equals(id))
          .findFirst()
          .ifPresent(t -> RemovalDialog.of(view, t).open());
    }
  }

  /**
   * A free slot of the preview ("mechanic:start") opens the shop's bookings with "Book for a
   * customer" prefilled: the booking module reads the address, so scheduling needn't know it.
   */
  private void bookFor(String mechanicAndStart) {
    int colon = mechanicAndStart.indexOf(':');
    Map<String, String> query = new LinkedHashMap<>();
    query.put("book", mechanicAndStart.substring(colon + 1));
    query.put("mechanic", mechanicAndStart.substring(0, colon));
    Offering service = view.preview.getValue();
    if (service != null && service.id() != null) {
      query.put("service", service.id().toString());
    }
    UI.getCurrent().navigate("shop-bookings", QueryParameters.simple(query));
  }

  private Optional<ScheduleWindow> windowOf(String eventId) {
    if (!eventId.startsWith(ScheduleEvents.WINDOW)) {
      return Optional.empty();
    }
    String rest = eventId.substring(ScheduleEvents.WINDOW.length());
    UUID id = UUID.fromString(rest.substring(0, rest.indexOf(':')));
    return view.schedule().windows().stream().filter(w -> w.id().equals(id)).findFirst();
  }

  /**
   * The weekly hours a drawn or moved range stands for, or empty (with a message) when it does not
   * fit in one day. A range ending at the next midnight lasts until midnight: it ends at 00:00,
   * which {@link EndOfDay} reads as the end of the day.
   */
  private static Optional<WindowHours> hoursOf(
      LocalDateTime start, LocalDateTime end, BigDecimal multiplier) {
    if (!EndOfDay.on(start.toLocalDate(), end.toLocalTime()).equals(end)) {
      Feedback.error(I18n.t("scheduling.schedule.one-day"));
      return Optional.empty();
    }
    return Optional.of(
        WindowHours.weekly(
            start.getDayOfWeek(), start.toLocalTime(), end.toLocalTime(), multiplier));
  }
}
