package com.otopair.base.ui.calendar;

import com.otopair.base.I18n;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A calendar (month, week, day and list views) over the FullCalendar library, for schedules and
 * bookings.
 *
 * <p><b>Time.</b> Everything is shop-local wall time: events, selections and drops are {@link
 * LocalDateTime}s in the calendar's {@linkplain #setTimeZone(ZoneId) time zone}, and the browser
 * shows exactly those times whatever its own zone. Convert {@code Instant}s with the shop's zone
 * before {@link #setEvents(List)}, and back after a {@link SelectEvent} or {@link EventDropEvent}.
 * The zone only decides "today" and the now line.
 *
 * <p><b>Loading.</b> The calendar holds only what {@link #setEvents(List)} gave it. Listen to
 * {@link DatesSetEvent} (fired when the calendar is first shown and whenever the user pages or
 * switches view) and load the events of {@link #getVisibleRange()}.
 *
 * <p><b>Changes.</b> A drag, resize or selection only proposes a change: the listener decides and
 * calls {@link #setEvents(List)} with the outcome. To refuse a drop, set the unchanged events
 * again: the browser redraws from the list, so the event jumps back.
 *
 * <p><b>Language.</b> The calendar speaks the page's language as it was when the calendar was made
 * (switching language reloads the page): FullCalendar's locale ({@code en} or {@code fr-ca}) for
 * its titles and dates, the {@code calendar} bundles for its buttons, and {@link
 * com.otopair.base.Formats}' time style for its hours ("1 PM", "13 h"); see {@link
 * CalendarOptions}.
 *
 * <p>On screens narrower than 600 px a week view opens as a day view (see {@link
 * #setNarrowView(CalendarView)}). Give the calendar a height ({@link #setHeightFull()}) to make it
 * fill its container and scroll inside; without one it grows to fit its rows.
 */
@Tag("otopair-calendar")
@NpmPackage(value = "@fullcalendar/core", version = FullCalendar.FULLCALENDAR_VERSION)
@NpmPackage(value = "@fullcalendar/daygrid", version = FullCalendar.FULLCALENDAR_VERSION)
@NpmPackage(value = "@fullcalendar/timegrid", version = FullCalendar.FULLCALENDAR_VERSION)
@NpmPackage(value = "@fullcalendar/interaction", version = FullCalendar.FULLCALENDAR_VERSION)
@NpmPackage(value = "@fullcalendar/list", version = FullCalendar.FULLCALENDAR_VERSION)
@JsModule("./calendar/otopair-calendar.js")
@CssImport("./calendar/otopair-calendar.css")
public class FullCalendar extends Component implements HasSize, HasStyle {

  /** The FullCalendar release the client side is built against. */
  public static final String FULLCALENDAR_VERSION = "6.1.20";

  private static final DateTimeFormatter WALL_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final CalendarOptions options;
  private Clock clock;
  private LocalDate date;
  private VisibleRange visibleRange;
  private List<CalendarEvent> events = List.of();
  private int eventsRevision;

  /** A calendar on the system clock, in the server's default time zone. */
  public FullCalendar() {
    this(Clock.systemDefaultZone());
  }

  /**
   * A calendar whose "today" and now line follow {@code clock} in the clock's zone: pass the
   * injected {@code Clock} with the shop's zone, {@code clock.withZone(shopZone)}.
   */
  public FullCalendar(Clock clock) {
    this.options = new CalendarOptions(I18n.current());
    this.clock = clock;
    this.date = LocalDate.now(clock);
    this.visibleRange = estimateRange();
    addListener(DatesSetEvent.class, this::onDatesSet);
    addAttachListener(attach -> writeNow());
    writeOptions();
    writeEvents();
    writeDate();
    writeNow();
  }

  // ---- time

  /** Sets the clock behind "today" and the now line; its zone becomes the calendar's zone. */
  public void setClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
    writeNow();
  }

  /** The clock behind "today" and the now line. */
  public Clock getClock() {
    return clock;
  }

  /** Sets the shop's time zone, which decides "today" and the position of the now line. */
  public void setTimeZone(ZoneId zone) {
    setClock(clock.withZone(zone));
  }

  /** The shop's time zone. */
  public ZoneId getTimeZone() {
    return clock.getZone();
  }

  // ---- views and navigation

  /** Shows {@code view} around the current date. */
  public void setView(CalendarView view) {
    options.view = Objects.requireNonNull(view);
    visibleRange = estimateRange();
    writeOptions();
  }

  /** The view shown (after the browser reported it), or the one last set. */
  public CalendarView getView() {
    return options.view;
  }

  /**
   * Sets the view a narrow screen (under 600 px) opens with instead of {@link CalendarView#WEEK};
   * {@code null} keeps the week view everywhere. Default {@link CalendarView#DAY}. The user can
   * still switch views with the toolbar.
   */
  public void setNarrowView(@Nullable CalendarView narrowView) {
    options.narrowView = narrowView;
    writeOptions();
  }

  /** Shows the period (week, month, day) containing {@code date}. */
  public void gotoDate(LocalDate date) {
    this.date = Objects.requireNonNull(date);
    visibleRange = estimateRange();
    writeDate();
  }

  /** The date the calendar is positioned at: the first day of the shown week, month or day. */
  public LocalDate getDate() {
    return date;
  }

  /** Shows the next week, month or day. */
  public void next() {
    gotoDate(step(1));
  }

  /** Shows the previous week, month or day. */
  public void previous() {
    gotoDate(step(-1));
  }

  /** Shows the period containing today in the calendar's zone. */
  public void today() {
    gotoDate(LocalDate.now(clock));
  }

  /**
   * The days shown: as reported by the browser's last {@link DatesSetEvent}, or computed from the
   * view and date until the browser has reported.
   */
  public VisibleRange getVisibleRange() {
    return visibleRange;
  }

  // ---- content

  /**
   * Replaces all events. The browser redraws every event from this list, so this also undoes a
   * refused drag or resize.
   */
  public void setEvents(List<CalendarEvent> events) {
    this.events = List.copyOf(events);
    eventsRevision++;
    writeEvents();
  }

  /** The events last given to {@link #setEvents(List)}. */
  public List<CalendarEvent> getEvents() {
    return events;
  }

  /** The event with this id, if the calendar holds one. */
  public Optional<CalendarEvent> findEvent(String id) {
    return events.stream().filter(event -> event.id().equals(id)).findFirst();
  }

  /** Sets the opening hours; time outside them is shaded. An empty list shades nothing. */
  public void setBusinessHours(List<BusinessHours> businessHours) {
    options.businessHours = List.copyOf(businessHours);
    writeOptions();
  }

  /** The opening hours shown. */
  public List<BusinessHours> getBusinessHours() {
    return options.businessHours;
  }

  // ---- interaction

  /** Lets the user select a time span by dragging (or a long press on touch screens). */
  public void setSelectable(boolean selectable) {
    options.selectable = selectable;
    writeOptions();
  }

  public boolean isSelectable() {
    return options.selectable;
  }

  /** Lets the user drag and resize the events marked {@link CalendarEvent#editable()}. */
  public void setEditable(boolean editable) {
    options.editable = editable;
    writeOptions();
  }

  public boolean isEditable() {
    return options.editable;
  }

  // ---- layout

  /** The length of one row of the time axis; default 30 minutes. */
  public void setSlotDuration(Duration slotDuration) {
    if (slotDuration.isNegative() || slotDuration.isZero()) {
      throw new IllegalArgumentException("Slot duration must be positive: " + slotDuration);
    }
    options.slotDuration = slotDuration;
    writeOptions();
  }

  /** The first time shown on the time axis; default midnight. */
  public void setSlotMinTime(LocalTime slotMinTime) {
    options.slotMinTime = Objects.requireNonNull(slotMinTime);
    writeOptions();
  }

  /**
   * The time the time axis ends at; default (and {@link LocalTime#MIDNIGHT}) the end of the day.
   */
  public void setSlotMaxTime(LocalTime slotMaxTime) {
    options.slotMaxTime = Objects.requireNonNull(slotMaxTime);
    writeOptions();
  }

  /** The day weeks start on; default Monday. */
  public void setFirstDay(DayOfWeek firstDay) {
    options.firstDay = Objects.requireNonNull(firstDay);
    visibleRange = estimateRange();
    writeOptions();
  }

  /** Shows or hides the toolbar (previous, next, today, title, view buttons); default shown. */
  public void setHeaderToolbar(boolean headerToolbar) {
    options.headerToolbar = headerToolbar;
    writeOptions();
  }

  /** The view buttons in the toolbar, in this order; none hides them. Default all views. */
  public void setToolbarViews(CalendarView... views) {
    options.toolbarViews = List.copyOf(Arrays.asList(views));
    writeOptions();
  }

  /** Shows or hides the "all-day" row of week and day views; default hidden. */
  public void setAllDaySlot(boolean allDaySlot) {
    options.allDaySlot = allDaySlot;
    writeOptions();
  }

  /**
   * With a height the calendar fills it and scrolls inside; without one (the default) it grows to
   * show every row.
   */
  @Override
  public void setHeight(@Nullable String height) {
    HasSize.super.setHeight(height);
    options.fillHeight = height != null && !height.isBlank();
    writeOptions();
  }

  // ---- listeners

  /** Called when the user selects a time span; the selection is cleared in the browser. */
  public Registration addSelectListener(ComponentEventListener<SelectEvent> listener) {
    return addListener(SelectEvent.class, listener);
  }

  /** Called when the user clicks an event. */
  public Registration addEventClickListener(ComponentEventListener<EventClickEvent> listener) {
    return addListener(EventClickEvent.class, listener);
  }

  /** Called when the user drags an event to another time. */
  public Registration addEventDropListener(ComponentEventListener<EventDropEvent> listener) {
    return addListener(EventDropEvent.class, listener);
  }

  /** Called when the user changes an event's length. */
  public Registration addEventResizeListener(ComponentEventListener<EventResizeEvent> listener) {
    return addListener(EventResizeEvent.class, listener);
  }

  /**
   * Called when the calendar is first shown and whenever the shown days or the view change: load
   * the events of {@link DatesSetEvent#getRange()} then.
   */
  public Registration addDatesSetListener(ComponentEventListener<DatesSetEvent> listener) {
    return addListener(DatesSetEvent.class, listener);
  }

  // ---- state sent to the browser (element properties, so it survives detach and re-attach)

  private void onDatesSet(DatesSetEvent event) {
    options.view = event.getView();
    date = event.getDate();
    visibleRange = event.getRange();
    writeOptions();
    writeDate();
    writeNow();
  }

  private void writeOptions() {
    getElement().setPropertyJson("options", options.toJson());
  }

  private void writeEvents() {
    ObjectNode data = JSON.objectNode();
    data.put("revision", eventsRevision);
    ArrayNode list = data.putArray("events");
    for (CalendarEvent event : events) {
      ObjectNode entry = list.addObject();
      entry.put("id", event.id());
      entry.put("title", event.title());
      entry.put("start", wallTime(event.start()));
      entry.put("end", wallTime(event.end()));
      entry.put("display", event.background() ? "background" : "auto");
      entry.put("editable", event.editable() && !event.background());
      ArrayNode classNames = entry.putArray("classNames");
      event.classNames().forEach(classNames::add);
    }
    getElement().setPropertyJson("eventData", data);
  }

  private void writeDate() {
    getElement().setProperty("date", date.toString());
  }

  private void writeNow() {
    getElement().setProperty("now", wallTime(LocalDateTime.now(clock)));
  }

  private LocalDate step(int amount) {
    return options.view.step(date, amount);
  }

  private VisibleRange estimateRange() {
    return options.view.range(date, options.firstDay);
  }

  /** The wire format: ISO local date-time with seconds and no offset. */
  static String wallTime(LocalDateTime time) {
    return time.format(WALL_TIME);
  }
}
