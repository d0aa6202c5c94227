package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.scheduling.Slot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The slot picker's chosen day: its free slots grouped into morning, afternoon and evening, each a
 * button with its time and price that picks it; or why there are none (the shop is closed that
 * weekday, or the day is full, with its waitlist to join). What a pick does is the page's.
 */
class DaySlots extends Div {

  /** What a click on the slots sends: the start of the slot button it was on, if any. */
  static final String CLICKED_START =
      "event.target.closest('vaadin-button[data-start]')?.dataset.start"; // i18n: script

  /** Whether a click was on a slot button, so worth a round trip (the listener's filter). */
  static final String ON_A_SLOT = CLICKED_START + " !== undefined"; // i18n: script

  private final Consumer<Slot> onPick;
  private final Consumer<LocalDate> onJoinWaitlist;
  private List<Slot> shown = List.of();
  private @Nullable Div slotGroups;

  /**
   * @param onPick called with the slot whose button was clicked
   * @param onJoinWaitlist called with a full day whose waitlist the visitor asks to join
   */
  DaySlots(Consumer<Slot> onPick, Consumer<LocalDate> onJoinWaitlist) {
    this.onPick = onPick;
    this.onJoinWaitlist = onJoinWaitlist;
    addClassName("otopair-card");
    setId("book-day");
  }

  /** Before a day is chosen: asks for one. */
  void askForDay() {
    clear();
    add(
        new H2(getTranslation("booking.book.pick-day")),
        new Paragraph(getTranslation("booking.book.pick-day.lead")));
  }

  /**
   * Shows {@code date}'s free slots in the shop's zone; on a phone the day is scrolled up under the
   * month.
   *
   * @param closed whether the shop doesn't open that weekday, which says why a day has no slots
   * @param waitlistOpen whether a full day offers its waitlist
   */
  void show(LocalDate date, List<Slot> free, ZoneId zone, boolean closed, boolean waitlistOpen) {
    clear();
    add(new H2(Formats.current().day(date)));
    getElement()
        .executeJs(
            "if (this.getBoundingClientRect().top > window.innerHeight * 0.6)"
                + " this.scrollIntoView({block: 'start', behavior: 'smooth'})");
    if (free.isEmpty() && closed) {
      // Nothing to wait for: the shop doesn't open that weekday.
      add(
          new Paragraph(
              getTranslation(
                  "booking.book.closed", Formats.current().weekday(date.getDayOfWeek()))));
      return;
    }
    if (free.isEmpty()) {
      add(new Paragraph(getTranslation("booking.book.full")));
      if (waitlistOpen) {
        var join =
            new Button(
                getTranslation("booking.book.join-waitlist"), e -> onJoinWaitlist.accept(date));
        join.setId("join-waitlist");
        add(join);
      }
      return;
    }
    var summary =
        new Paragraph(
            getTranslation(
                "booking.book.day-summary",
                free.size(),
                free.stream()
                    .map(Slot::price)
                    .min(Comparator.comparingLong(m -> m.minor()))
                    .orElseThrow()
                    .format()));
    summary.setId("book-day-summary");
    summary.addClassName("otopair-muted");
    add(summary);
    Map<SlotLabels.PartOfDay, List<Slot>> parts =
        free.stream()
            .collect(
                Collectors.groupingBy(
                    s -> SlotLabels.PartOfDay.of(s.start(), zone),
                    () -> new EnumMap<>(SlotLabels.PartOfDay.class),
                    Collectors.toList()));
    var markup = new StringBuilder();
    parts.forEach(
        (part, slots) -> {
          markup
              .append("<div class=\"otopair-slot-group\" data-part=\"") // i18n: markup
              .append(part.name().toLowerCase(Locale.ROOT))
              .append("\"><h3>") // i18n: markup
              .append(Entities.escape(part.label()))
              .append("</h3><div class=\"otopair-slot-grid\">"); // i18n: markup
          slots.forEach(slot -> slotButton(markup, slot, zone));
          markup.append("</div></div>"); // i18n: markup
        });
    shown = List.copyOf(free);
    var groups = new Div();
    groups.getElement().setProperty("innerHTML", markup.toString());
    groups
        .getElement()
        .addEventListener("click", e -> clicked(e.getEventData().get(CLICKED_START)))
        .addEventData(CLICKED_START)
        .setFilter(ON_A_SLOT);
    slotGroups = groups;
    add(groups);
  }

  /** The slot buttons shown, as the browser gets them. */
  List<Element> slotButtons() {
    if (slotGroups == null) {
      return List.of();
    }
    var markup = Jsoup.parseBodyFragment(slotGroups.getElement().getProperty("innerHTML", ""));
    markup.outputSettings().prettyPrint(false);
    return markup.select("vaadin-button.otopair-slot-button");
  }

  /** The element whose markup holds the slot buttons and which hears their clicks, if shown. */
  @Nullable Div slotGroups() {
    return slotGroups;
  }

  /** A click on a slot button: the browser says which start; only a shown slot is picked. */
  private void clicked(@Nullable JsonNode sent) {
    String start = sent == null || !sent.isString() ? "" : sent.asString();
    shown.stream()
        .filter(slot -> slot.start().toString().equals(start))
        .findFirst()
        .ifPresent(onPick);
  }

  /** After the visitor joined the day's waitlist: says what happens next. */
  void waitlistJoined() {
    clear();
    add(
        new H2(getTranslation("booking.book.waitlist.title")),
        new Paragraph(getTranslation("booking.book.waitlist.lead")));
  }

  /**
   * A slot as a {@code vaadin-button}: its time, then its price and whether it is a peak or
   * off-peak one, named for screen readers. Markup rather than components, which would cost every
   * open picker a server-side node and a listener each; one listener hears them all.
   */
  private static void slotButton(StringBuilder markup, Slot slot, ZoneId zone) {
    markup
        .append("<vaadin-button class=\"otopair-slot-button\" data-start=\"") // i18n: markup
        .append(slot.start())
        .append("\" aria-label=\"") // i18n: markup
        .append(Entities.escape(SlotLabels.slot(slot, zone)))
        .append("\">");
    line(markup, "otopair-slot-time", Formats.current().time(slot.start(), zone));
    line(markup, "otopair-slot-price", slot.price().format());
    String rate = SlotLabels.rate(slot.multiplier());
    if (!rate.isEmpty()) {
      line(
          markup,
          "otopair-slot-rate "
              + (slot.multiplier().compareTo(BigDecimal.ONE) > 0
                  ? "otopair-slot-peak"
                  : "otopair-slot-offpeak"),
          rate);
    }
    markup.append("</vaadin-button>"); // i18n: markup
  }

  private void clear() {
    removeAll();
    shown = List.of();
    slotGroups = null;
  }

  private static void line(StringBuilder content, String classes, String text) {
    content
        .append("<span class=\"") // i18n: markup
        .append(classes)
        .append("\">")
        .append(Entities.escape(text))
        .append("</span>");
  }
}
