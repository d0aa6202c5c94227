package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.scheduling.Slot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import org.jsoup.nodes.Entities;

/**
 * The slot picker's chosen day: its free slots grouped into morning, afternoon and evening, each a
 * button with its time and price that picks it; or why there are none (the shop is closed that
 * weekday, or the day is full, with its waitlist to join). What a pick does is the page's.
 */
class DaySlots extends Div {

  private final Consumer<Slot> onPick;
  private final Consumer<LocalDate> onJoinWaitlist;

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
    removeAll();
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
    removeAll();
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
    parts.forEach(
        (part, slots) -> {
          var grid = new Div();
          grid.addClassName("otopair-slot-grid");
          slots.forEach(slot -> grid.add(slotButton(slot, zone)));
          var group = new Div(new H3(part.label()), grid);
          group.addClassName("otopair-slot-group");
          group.getElement().setAttribute("data-part", part.name().toLowerCase(Locale.ROOT));
          add(group);
        });
  }

  /** After the visitor joined the day's waitlist: says what happens next. */
  void waitlistJoined() {
    removeAll();
    add(
        new H2(getTranslation("booking.book.waitlist.title")),
        new Paragraph(getTranslation("booking.book.waitlist.lead")));
  }

  /**
   * A slot as a button: its time, then its price and whether it is a peak or off-peak one. The
   * lines are the button's markup rather than components, which would cost every open picker a
   * server-side node each.
   */
  private Button slotButton(Slot slot, ZoneId zone) {
    var content = new StringBuilder();
    line(content, "otopair-slot-time", Formats.current().time(slot.start(), zone));
    line(content, "otopair-slot-price", slot.price().format());
    String rate = SlotLabels.rate(slot.multiplier());
    if (!rate.isEmpty()) {
      line(
          content,
          "otopair-slot-rate "
              + (slot.multiplier().compareTo(BigDecimal.ONE) > 0
                  ? "otopair-slot-peak"
                  : "otopair-slot-offpeak"),
          rate);
    }
    var button = new Button();
    button.getElement().setProperty("innerHTML", content.toString());
    button.addClickListener(e -> onPick.accept(slot));
    button.setAriaLabel(SlotLabels.slot(slot, zone));
    button.addClassName("otopair-slot-button");
    return button;
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
