package com.otopair.base.ui.calendar;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.TimeStyle;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A calendar's settings and how the browser receives them: the {@code options} property of {@code
 * <otopair-calendar>}, in FullCalendar's terms (its view names, days numbered from Sunday, clock
 * times, "24:00:00" for the end of the day). {@link FullCalendar} checks and sets them, then writes
 * {@link #toJson()} to its element.
 */
final class CalendarOptions {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Locale locale;
  CalendarView view = CalendarView.WEEK;
  @Nullable CalendarView narrowView = CalendarView.DAY;
  List<BusinessHours> businessHours = List.of();
  boolean selectable;
  boolean editable;
  boolean headerToolbar = true;
  List<CalendarView> toolbarViews = List.of(CalendarView.values());
  boolean allDaySlot;
  boolean fillHeight;
  Duration slotDuration = Duration.ofMinutes(30);
  LocalTime slotMinTime = LocalTime.MIDNIGHT;
  LocalTime slotMaxTime = LocalTime.MIDNIGHT;
  DayOfWeek firstDay = DayOfWeek.MONDAY;

  /** Settings in {@code locale}'s language, the page's when the calendar was made. */
  CalendarOptions(Locale locale) {
    this.locale = locale;
  }

  ObjectNode toJson() {
    ObjectNode options = JSON.objectNode();
    options.put("view", view.clientName());
    if (narrowView == null) {
      options.putNull("narrowView");
    } else {
      options.put("narrowView", narrowView.clientName());
    }
    options.put("selectable", selectable);
    options.put("editable", editable);
    options.put("slotDuration", clockTime(slotDuration));
    options.put("slotMinTime", clockTime(slotMinTime, false));
    options.put("slotMaxTime", clockTime(slotMaxTime, true));
    options.put("firstDay", dayNumber(firstDay));
    options.put("allDaySlot", allDaySlot);
    options.put("height", fillHeight ? "100%" : "auto");
    writeLanguage(options);
    if (headerToolbar) {
      ObjectNode toolbar = options.putObject("headerToolbar");
      toolbar.put("left", "prev,next today"); // i18n: FullCalendar button names
      toolbar.put("center", "title");
      toolbar.put(
          "right",
          toolbarViews.stream().map(CalendarView::clientName).collect(Collectors.joining(",")));
    } else {
      options.put("headerToolbar", false);
    }
    ArrayNode hours = options.putArray("businessHours");
    for (BusinessHours h : businessHours) {
      ObjectNode entry = hours.addObject();
      ArrayNode days = entry.putArray("daysOfWeek");
      h.days().stream().sorted().forEach(day -> days.add(dayNumber(day)));
      entry.put("startTime", clockTime(h.start(), false));
      entry.put("endTime", clockTime(h.end(), true));
    }
    return options;
  }

  /**
   * The page's language: FullCalendar's locale (its titles, dates and its own hints), the toolbar's
   * buttons, the week view's day headings ("Mon 23", "lun. 23") and how times read on the time axis
   * and in events ("1 PM", "1:30 PM"; "13 h", "13 h 30"), as in the page's sentences.
   */
  private void writeLanguage(ObjectNode options) {
    options.put("locale", locale.equals(I18n.FRENCH) ? "fr-ca" : "en");
    ObjectNode buttons = options.putObject("buttonText");
    for (String button : List.of("today", "month", "week", "day", "list")) {
      buttons.put(button, I18n.t(locale, "calendar.button." + button));
    }
    Formats formats = Formats.of(locale);
    ArrayNode weekdays = options.putArray("weekdays");
    formats.weekdays(false).forEach(weekdays::add);
    TimeStyle style = formats.timeStyle();
    ObjectNode timeLabels = options.putObject("timeLabels");
    timeLabels.put("time", style.time());
    timeLabels.put("hour", style.hour());
    timeLabels.put("am", style.am());
    timeLabels.put("pm", style.pm());
  }

  /** FullCalendar numbers days from Sunday = 0. */
  private static int dayNumber(DayOfWeek day) {
    return day.getValue() % 7;
  }

  private static String clockTime(LocalTime time, boolean midnightEndsTheDay) {
    if (midnightEndsTheDay && time.equals(LocalTime.MIDNIGHT)) {
      return "24:00:00";
    }
    return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_TIME);
  }

  private static String clockTime(Duration duration) {
    return "%02d:%02d:%02d"
        .formatted(duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart());
  }
}
