package com.otopair.base.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the calendar sends to the browser, and what the browser's events tell the server. */
class FullCalendarTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  // Monday 23 November 2026, 09:15 UTC = 10:15 in Paris
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:15:00Z"), PARIS);

  private final FullCalendar calendar = new FullCalendar(CLOCK);

  private JsonNode property(String name) {
    return (JsonNode) calendar.getElement().getPropertyRaw(name);
  }

  private static LocalDateTime at(String wallTime) {
    return LocalDateTime.parse(wallTime);
  }

  @Test
  void theCalendarSpeaksThePagesLanguage() {
    JsonNode english = property("options");
    assertThat(english.get("locale").asString()).isEqualTo("en");
    assertThat(english.get("buttonText").get("today").asString()).isEqualTo("Today");
    assertThat(english.get("weekdays").get(1).asString()).isEqualTo("Mon");

    FullCalendar french = I18n.in(I18n.FRENCH, () -> new FullCalendar(CLOCK));
    // Options written later, outside the language's scope, keep the calendar's language.
    french.setView(CalendarView.MONTH);

    JsonNode options = (JsonNode) french.getElement().getPropertyRaw("options");
    assertThat(options.get("locale").asString()).isEqualTo("fr-ca");
    JsonNode buttons = options.get("buttonText");
    assertThat(buttons.get("today").asString()).isEqualTo("Aujourd’hui");
    assertThat(buttons.get("week").asString()).isEqualTo("Semaine");
    assertThat(buttons.get("day").asString()).isEqualTo("Jour");
    assertThat(buttons.get("month").asString()).isEqualTo("Mois");
    assertThat(options.get("weekdays").get(0).asString()).isEqualTo("dim.");
    assertThat(options.get("weekdays").get(1).asString()).isEqualTo("lun.");
  }

  @Test
  void theTimeAxisAndEventTimesReadLikeTheTimesInThePagesSentences() {
    JsonNode english = property("options").get("timeLabels");
    assertThat(english.get("time").asString()).isEqualTo("h:mm a");
    assertThat(english.get("hour").asString()).isEqualTo("h a");
    assertThat(english.get("am").asString()).isEqualTo("AM");
    assertThat(english.get("pm").asString()).isEqualTo("PM");
    assertThat(read(english, "hour", Locale.ENGLISH, LocalTime.of(9, 0))).isEqualTo("9 AM");
    assertThat(read(english, "hour", Locale.ENGLISH, LocalTime.of(13, 0))).isEqualTo("1 PM");
    assertThat(read(english, "time", Locale.ENGLISH, LocalTime.of(13, 30)))
        .isEqualTo(Formats.of(Locale.ENGLISH).time(LocalTime.of(13, 30)))
        .isEqualTo("1:30 PM");

    FullCalendar french = I18n.in(I18n.FRENCH, () -> new FullCalendar(CLOCK));
    french.setView(CalendarView.DAY);

    JsonNode labels = ((JsonNode) french.getElement().getPropertyRaw("options")).get("timeLabels");
    assertThat(labels.get("time").asString()).isEqualTo("H 'h' mm");
    assertThat(labels.get("hour").asString()).isEqualTo("H 'h'");
    assertThat(read(labels, "hour", I18n.FRENCH, LocalTime.of(9, 0))).isEqualTo("9 h");
    assertThat(read(labels, "hour", I18n.FRENCH, LocalTime.of(13, 0))).isEqualTo("13 h");
    assertThat(read(labels, "time", I18n.FRENCH, LocalTime.of(13, 30)))
        .isEqualTo(Formats.of(I18n.FRENCH).time(LocalTime.of(13, 30)))
        .isEqualTo("13 h 30");
  }

  /** A wall time as the browser writes it with the pattern the server sent (Java's notation). */
  private static String read(JsonNode labels, String pattern, Locale locale, LocalTime time) {
    return DateTimeFormatter.ofPattern(labels.get(pattern).asString(), locale).format(time);
  }

  @Test
  void eventsReachTheBrowserAsWallTimeWithoutOffset() {
    calendar.setEvents(
        List.of(
            CalendarEvent.event("b-1", "Brake pads", at("2026-11-23T08:00"), at("2026-11-23T09:30"))
                .editable(true),
            CalendarEvent.background(
                    "open-mon", "Open ×1.2", at("2026-11-23T08:00"), at("2026-11-23T12:00"))
                .withClassNames(CalendarEvent.TONE_ACCENT)));

    JsonNode events = property("eventData").get("events");
    assertThat(events.size()).isEqualTo(2);
    JsonNode booking = events.get(0);
    assertThat(booking.get("id").asString()).isEqualTo("b-1");
    assertThat(booking.get("title").asString()).isEqualTo("Brake pads");
    assertThat(booking.get("start").asString()).isEqualTo("2026-11-23T08:00:00");
    assertThat(booking.get("end").asString()).isEqualTo("2026-11-23T09:30:00");
    assertThat(booking.get("display").asString()).isEqualTo("auto");
    assertThat(booking.get("editable").asBoolean()).isTrue();
    JsonNode opening = events.get(1);
    assertThat(opening.get("id").asString()).isEqualTo("open-mon");
    assertThat(opening.get("display").asString()).isEqualTo("background");
    assertThat(opening.get("editable").asBoolean()).isFalse();
    assertThat(opening.get("classNames").get(0).asString()).isEqualTo("cal-tone-accent");
    assertThat(calendar.getEvents())
        .extracting(CalendarEvent::id)
        .containsExactly("b-1", "open-mon");
  }

  @Test
  void settingTheSameEventsAgainStillRedrawsThemSoARefusedDropJumpsBack() {
    var events =
        List.of(CalendarEvent.event("b-1", "Oil", at("2026-11-23T08:00"), at("2026-11-23T09:00")));
    calendar.setEvents(events);
    int revision = property("eventData").get("revision").asInt();

    calendar.setEvents(events);

    assertThat(property("eventData").get("revision").asInt()).isGreaterThan(revision);
  }

  @Test
  void nowAndTodayAreTheShopsWallTime() {
    assertThat(calendar.getElement().getProperty("now")).isEqualTo("2026-11-23T10:15:00");
    assertThat(calendar.getElement().getProperty("date")).isEqualTo("2026-11-23");

    calendar.setTimeZone(ZoneId.of("America/New_York"));

    assertThat(calendar.getElement().getProperty("now")).isEqualTo("2026-11-23T04:15:00");
  }

  @Test
  void optionsReachTheBrowserInFullCalendarsTerms() {
    calendar.setBusinessHours(
        List.of(
            new BusinessHours(
                Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                LocalTime.of(8, 0),
                LocalTime.of(17, 30)),
            new BusinessHours(Set.of(DayOfWeek.SUNDAY), LocalTime.of(10, 0), LocalTime.MIDNIGHT)));
    calendar.setSlotMinTime(LocalTime.of(7, 0));
    calendar.setSlotDuration(Duration.ofMinutes(15));
    calendar.setFirstDay(DayOfWeek.SUNDAY);
    calendar.setSelectable(true);
    calendar.setEditable(true);
    calendar.setHeaderToolbar(false);

    JsonNode options = property("options");
    JsonNode monday = options.get("businessHours").get(0);
    assertThat(monday.get("daysOfWeek").toString()).isEqualTo("[1,6]");
    assertThat(monday.get("startTime").asString()).isEqualTo("08:00:00");
    assertThat(monday.get("endTime").asString()).isEqualTo("17:30:00");
    JsonNode sunday = options.get("businessHours").get(1);
    assertThat(sunday.get("daysOfWeek").toString()).isEqualTo("[0]");
    assertThat(sunday.get("endTime").asString()).isEqualTo("24:00:00");
    assertThat(options.get("slotMinTime").asString()).isEqualTo("07:00:00");
    assertThat(options.get("slotMaxTime").asString()).isEqualTo("24:00:00");
    assertThat(options.get("slotDuration").asString()).isEqualTo("00:15:00");
    assertThat(options.get("firstDay").asInt()).isZero();
    assertThat(options.get("selectable").asBoolean()).isTrue();
    assertThat(options.get("editable").asBoolean()).isTrue();
    assertThat(options.get("headerToolbar").asBoolean()).isFalse();
  }

  @Test
  void setViewChangesTheViewProperty() {
    assertThat(property("options").get("view").asString()).isEqualTo("timeGridWeek");

    calendar.setView(CalendarView.MONTH);

    assertThat(calendar.getView()).isEqualTo(CalendarView.MONTH);
    assertThat(property("options").get("view").asString()).isEqualTo("dayGridMonth");
    // November 2026 starts on a Sunday: the grid starts Monday 26 October, six weeks long
    assertThat(calendar.getVisibleRange())
        .isEqualTo(new VisibleRange(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 12, 7)));
  }

  @Test
  void nextPreviousAndTodayMoveByTheViewsPeriod() {
    calendar.next();
    assertThat(calendar.getElement().getProperty("date")).isEqualTo("2026-11-30");
    assertThat(calendar.getVisibleRange())
        .isEqualTo(new VisibleRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7)));

    calendar.setView(CalendarView.DAY);
    calendar.previous();
    assertThat(calendar.getDate()).isEqualTo(LocalDate.of(2026, 11, 29));

    calendar.gotoDate(LocalDate.of(2027, 3, 1));
    calendar.today();
    assertThat(calendar.getDate()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void selectionReachesListenersAsLocalDateTimes() {
    List<SelectEvent> heard = new ArrayList<>();
    calendar.addSelectListener(heard::add);

    ComponentUtil.fireEvent(
        calendar,
        new SelectEvent(calendar, true, "2026-11-24T08:00:00", "2026-11-24T09:30:00", false));

    assertThat(heard).hasSize(1);
    assertThat(heard.getFirst().getStart()).isEqualTo(at("2026-11-24T08:00"));
    assertThat(heard.getFirst().getEnd()).isEqualTo(at("2026-11-24T09:30"));
    assertThat(heard.getFirst().isAllDay()).isFalse();
  }

  @Test
  void dropAndResizeReachListenersWithOldAndNewTimes() {
    var booking = CalendarEvent.event("b-1", "Oil", at("2026-11-23T08:00"), at("2026-11-23T09:00"));
    calendar.setEvents(List.of(booking));
    List<EventDropEvent> drops = new ArrayList<>();
    List<EventResizeEvent> resizes = new ArrayList<>();
    calendar.addEventDropListener(drops::add);
    calendar.addEventResizeListener(resizes::add);

    ComponentUtil.fireEvent(
        calendar,
        new EventDropEvent(
            calendar,
            true,
            "b-1",
            "2026-11-24T10:00:00",
            "2026-11-24T11:00:00",
            "2026-11-23T08:00:00",
            "2026-11-23T09:00:00"));
    ComponentUtil.fireEvent(
        calendar,
        new EventResizeEvent(
            calendar,
            true,
            "b-1",
            "2026-11-23T08:00:00",
            "2026-11-23T10:00:00",
            "2026-11-23T08:00:00",
            "2026-11-23T09:00:00"));

    assertThat(drops).hasSize(1);
    EventDropEvent drop = drops.getFirst();
    assertThat(drop.getEventId()).isEqualTo("b-1");
    assertThat(drop.getStart()).isEqualTo(at("2026-11-24T10:00"));
    assertThat(drop.getEnd()).isEqualTo(at("2026-11-24T11:00"));
    assertThat(drop.getOldStart()).isEqualTo(at("2026-11-23T08:00"));
    assertThat(drop.getOldEnd()).isEqualTo(at("2026-11-23T09:00"));
    assertThat(drop.getEvent()).contains(booking);
    assertThat(resizes).hasSize(1);
    assertThat(resizes.getFirst().getEnd()).isEqualTo(at("2026-11-23T10:00"));
  }

  @Test
  void clickNamesTheEvent() {
    List<String> clicked = new ArrayList<>();
    calendar.addEventClickListener(e -> clicked.add(e.getEventId()));

    ComponentUtil.fireEvent(calendar, new EventClickEvent(calendar, true, "b-7"));

    assertThat(clicked).containsExactly("b-7");
  }

  @Test
  void datesSetUpdatesTheVisibleRangeAndViewBeforeListenersRun() {
    List<VisibleRange> seenByListener = new ArrayList<>();
    calendar.addDatesSetListener(e -> seenByListener.add(calendar.getVisibleRange()));

    ComponentUtil.fireEvent(
        calendar,
        new DatesSetEvent(calendar, true, "2026-11-29", "2026-11-30", "timeGridDay", "2026-11-29"));

    var range = new VisibleRange(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30));
    assertThat(calendar.getVisibleRange()).isEqualTo(range);
    assertThat(seenByListener).containsExactly(range);
    assertThat(calendar.getView()).isEqualTo(CalendarView.DAY);
    assertThat(calendar.getDate()).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(property("options").get("view").asString()).isEqualTo("timeGridDay");
    assertThat(range.startTime()).isEqualTo(at("2026-11-29T00:00"));
    assertThat(range.endTime()).isEqualTo(at("2026-11-30T00:00"));
  }

  @Test
  void stateSurvivesDetachAndReattach() {
    MockVaadin.setup();
    try {
      calendar.setView(CalendarView.MONTH);
      calendar.setEvents(
          List.of(
              CalendarEvent.event("b-1", "Oil", at("2026-11-23T08:00"), at("2026-11-23T09:00"))));
      UI ui = UI.getCurrent();
      ui.add(calendar);
      ui.remove(calendar);
      ui.add(calendar);

      assertThat(property("options").get("view").asString()).isEqualTo("dayGridMonth");
      assertThat(property("eventData").get("events").get(0).get("id").asString()).isEqualTo("b-1");
      assertThat(calendar.getElement().getProperty("now")).isEqualTo("2026-11-23T10:15:00");
    } finally {
      MockVaadin.tearDown();
    }
  }

  @Test
  void eventsMustNotEndBeforeTheyStart() {
    assertThatThrownBy(
            () -> CalendarEvent.event("x", "x", at("2026-11-23T09:00"), at("2026-11-23T08:00")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
