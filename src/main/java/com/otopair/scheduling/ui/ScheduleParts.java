package com.otopair.scheduling.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.ui.calendar.BusinessHours;
import com.otopair.base.ui.calendar.CalendarView;
import com.otopair.base.ui.calendar.FullCalendar;
import com.otopair.shops.ShopDetails;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * The parts of the schedule builder that only show things: the calendar's frame, cards, legend, in
 * the page's language.
 */
final class ScheduleParts {

  /** Where the legend's peak starts: ×1.25 and up. */
  private static final BigDecimal PEAK = new BigDecimal("1.25");

  private ScheduleParts() {}

  /**
   * A week from 6:00 to midnight in the shop's zone, starting on Monday, on {@code today}: the
   * shop's opening hours stay white and the rest of the day is shaded; hours can be drawn, moved
   * and resized.
   */
  static void configure(FullCalendar calendar, ShopDetails shop, ZoneId zone, LocalDate today) {
    calendar.setTimeZone(zone);
    calendar.gotoDate(today);
    calendar.setBusinessHours(
        shop.openingHours().stream()
            .map(h -> new BusinessHours(Set.of(h.day()), h.opens(), h.closes()))
            .toList());
    calendar.setNarrowView(CalendarView.DAY);
    calendar.setToolbarViews(CalendarView.WEEK, CalendarView.DAY);
    calendar.setFirstDay(DayOfWeek.MONDAY);
    calendar.setSlotDuration(Duration.ofMinutes(30));
    calendar.setSlotMinTime(LocalTime.of(6, 0));
    // To the end of the day, so hours until midnight can be drawn and seen.
    calendar.setSlotMaxTime(LocalTime.MIDNIGHT);
    calendar.setAllDaySlot(false);
    calendar.setSelectable(true);
    calendar.setEditable(true);
    calendar.setId("schedule-calendar");
  }

  /** What the colours and stripes of the calendar mean. */
  static Div legend() {
    var legend =
        new Div(
            legend(I18n.t("scheduling.legend.standard"), "otopair-legend-standard"),
            legend(I18n.t("scheduling.legend.peak", PEAK), "otopair-legend-peak"),
            legend(I18n.t("scheduling.legend.off-peak", BigDecimal.ONE), "otopair-legend-offpeak"),
            legend(I18n.t("scheduling.legend.off"), "otopair-legend-off"),
            legend(I18n.t("scheduling.legend.booked"), "otopair-legend-booked"),
            legend(I18n.t("scheduling.legend.outside"), "otopair-legend-outside"));
    legend.addClassName("otopair-legend");
    return legend;
  }

  /**
   * The shop's opening hours, one line a weekday, beside the week: in-shop services are offered
   * only within them; a day without hours is closed.
   */
  static Div openingHoursCard(ShopDetails shop) {
    var card = new Div(new H3(I18n.t("scheduling.opening-hours.title")));
    card.addClassName("otopair-opening-hours");
    card.setId("schedule-opening-hours");
    if (shop.openingHours().isEmpty()) {
      card.add(new Paragraph(I18n.t("scheduling.opening-hours.none")));
      return card;
    }
    var days = new Div();
    days.addClassName("otopair-opening-hours-days");
    Formats formats = Formats.current();
    for (DayOfWeek day : DayOfWeek.values()) {
      String hours =
          shop.openingHours().stream()
              .filter(h -> h.day() == day)
              .findFirst()
              .map(h -> formats.hours(h.opens(), h.closes()))
              .orElse(I18n.t("scheduling.opening-hours.closed"));
      days.add(new Span(formats.shortWeekday(day)), new Span(hours));
    }
    card.add(days, new Paragraph(I18n.t("scheduling.opening-hours.note")));
    return card;
  }

  /** A card with a title, a sentence and a link, the first two named by keys of the bundles. */
  static Div card(String titleKey, String textKey, Anchor action) {
    action.addClassName("otopair-button-link");
    var card = new Div(new H2(I18n.t(titleKey)), new Paragraph(I18n.t(textKey)), action);
    card.addClassName("otopair-card");
    return card;
  }

  private static Span legend(String label, String className) {
    var swatch = new Span();
    swatch.addClassNames("otopair-legend-swatch", className);
    var item = new Span(swatch, new Span(label));
    item.addClassName("otopair-legend-item");
    return item;
  }
}
