package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * A compact month for picking a day, as small as a phone needs: each day is a button with its
 * number and, when it has free slots, how many (a dot on narrow screens). The chosen day is marked
 * and pressed; days before today can't be picked.
 */
class MonthPicker extends Div {

  final Button previous = new Button("‹");
  final Button next = new Button("›");
  final Span title = new Span();

  private final Div grid = new Div();
  private final Map<LocalDate, Button> days = new LinkedHashMap<>();
  private final LocalDate today;
  private final Consumer<YearMonth> onMonth;
  private final Consumer<LocalDate> onPick;
  private YearMonth month;
  private Map<LocalDate, Integer> free = Map.of();
  private @Nullable LocalDate chosen;

  /**
   * @param onMonth called with the newly shown month, to load its free days
   * @param onPick called with the day the user picked
   */
  MonthPicker(LocalDate today, Consumer<YearMonth> onMonth, Consumer<LocalDate> onPick) {
    this.today = today;
    this.onMonth = onMonth;
    this.onPick = onPick;
    this.month = YearMonth.from(today);
    addClassName("otopair-month");
    previous.setAriaLabel(getTranslation("booking.month.previous"));
    next.setAriaLabel(getTranslation("booking.month.next"));
    for (Button arrow : new Button[] {previous, next}) {
      arrow.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    }
    previous.addClickListener(e -> page(month.minusMonths(1)));
    next.addClickListener(e -> page(month.plusMonths(1)));
    title.addClassName("otopair-month-title");
    title.getElement().setAttribute("aria-live", "polite");
    var bar = new Div(previous, title, next);
    bar.addClassName("otopair-month-bar");
    grid.addClassName("otopair-month-grid");
    add(bar, grid);
    show(month);
  }

  /** The month shown. */
  YearMonth month() {
    return month;
  }

  /** The day picked last, if any. */
  @Nullable LocalDate chosen() {
    return chosen;
  }

  /** The button of a day of the shown month. */
  Button day(LocalDate date) {
    return Objects.requireNonNull(
        days.get(date), "not in the shown month: " + date); // i18n: for developers
  }

  /** Shows another month, as the arrows do, and has its free days loaded. */
  void page(YearMonth shown) {
    show(shown);
    onMonth.accept(shown);
  }

  /** Shows {@code shown}, without free days until {@link #setFree} says which they are. */
  void show(YearMonth shown) {
    month = shown;
    free = Map.of();
    title.setText(Formats.current().month(shown));
    previous.setEnabled(shown.isAfter(YearMonth.from(today)));
    grid.removeAll();
    days.clear();
    for (DayOfWeek weekday : DayOfWeek.values()) {
      var name = new Span(Formats.current().narrowWeekday(weekday));
      name.addClassName("otopair-month-weekday");
      name.getElement().setAttribute("aria-hidden", "true");
      grid.add(name);
    }
    for (int blank = 1; blank < shown.atDay(1).getDayOfWeek().getValue(); blank++) {
      grid.add(new Span());
    }
    for (int d = 1; d <= shown.lengthOfMonth(); d++) {
      LocalDate date = shown.atDay(d);
      var button = new Button();
      button.addClassName("otopair-month-day");
      button.setEnabled(!date.isBefore(today));
      button.addClickListener(e -> pick(date));
      days.put(date, button);
      grid.add(button);
    }
    days.keySet().forEach(this::render);
  }

  /** Marks the days of the shown month that have free slots, with how many. */
  void setFree(Map<LocalDate, Integer> counts) {
    free = Map.copyOf(counts);
    days.keySet().forEach(this::render);
  }

  /** Picks a day as the user would: marks it chosen and tells the listener. */
  void pick(LocalDate date) {
    if (!YearMonth.from(date).equals(month)) {
      page(YearMonth.from(date));
    }
    chosen = date;
    days.keySet().forEach(this::render);
    onPick.accept(date);
  }

  private void render(LocalDate date) {
    Button button = days.get(date);
    if (button == null) {
      return;
    }
    int count = free.getOrDefault(date, 0);
    boolean isChosen = date.equals(chosen);
    // The number and the count as the button's markup, not as components: two spans and their
    // texts for each day of the month were most of an open picker's memory on the server.
    String content =
        "<span class=\"otopair-month-number\">" + date.getDayOfMonth() + "</span>"; // i18n: markup
    if (count > 0) {
      content +=
          "<span class=\"otopair-month-free\">" // i18n: markup
              + Entities.escape(getTranslation("booking.month.free", count))
              + "</span>";
    }
    button.getElement().setProperty("innerHTML", content);
    button.setClassName("otopair-free-day", count > 0);
    button.setClassName("otopair-day-chosen", isChosen);
    if (isChosen) {
      button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    } else {
      button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    button.getElement().setAttribute("aria-pressed", String.valueOf(isChosen));
    button.setAriaLabel(
        count == 0
            ? getTranslation("booking.month.day.none", Formats.current().day(date))
            : getTranslation("booking.month.day.free", Formats.current().day(date), count));
  }
}
