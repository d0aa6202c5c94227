package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A compact month for picking a day, as small as a phone needs: each day is a button with its
 * number and, when it has free slots, how many (a dot on narrow screens). The chosen day is marked
 * and pressed; days before today can't be picked.
 *
 * <p>The days are one element's markup with one click listener, not a button component each: 31
 * buttons with their listeners were most of an open picker's server-side nodes (bench/memory). The
 * browser gets the same {@code vaadin-button}s, so they look, focus and press as before.
 */
class MonthPicker extends Div {

  /** What a click on the days sends: the date of the day button it was on, if any. */
  static final String CLICKED_DATE =
      "event.target.closest('vaadin-button[data-date]')?.dataset.date"; // i18n: script

  /** Whether a click was on a day button, so worth a round trip (the listener's filter). */
  static final String ON_A_DAY = CLICKED_DATE + " !== undefined"; // i18n: script

  final Button previous = new Button("‹");
  final Button next = new Button("›");
  final Span title = new Span();

  /** The weekday headers and the shown month's day buttons, as markup. */
  final Div days = new Div();

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
    days.addClassName("otopair-month-grid");
    // Only clicks on an enabled day reach the server (a disabled vaadin-button takes no clicks).
    days.getElement()
        .addEventListener("click", e -> clicked(e.getEventData().get(CLICKED_DATE)))
        .addEventData(CLICKED_DATE)
        .setFilter(ON_A_DAY);
    add(bar, days);
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

  /** The button of a day of the shown month, as the browser gets it. */
  Element day(LocalDate date) {
    var markup = Jsoup.parseBodyFragment(days.getElement().getProperty("innerHTML", ""));
    markup.outputSettings().prettyPrint(false);
    return Objects.requireNonNull(
        markup.selectFirst("vaadin-button[data-date=" + date + "]"),
        "not in the shown month: " + date); // i18n: for developers
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
    render();
  }

  /** Marks the days of the shown month that have free slots, with how many. */
  void setFree(Map<LocalDate, Integer> counts) {
    free = Map.copyOf(counts);
    render();
  }

  /** Picks a day as the user would: marks it chosen and tells the listener. */
  void pick(LocalDate date) {
    if (!YearMonth.from(date).equals(month)) {
      page(YearMonth.from(date));
    }
    chosen = date;
    render();
    onPick.accept(date);
  }

  /**
   * A click on a day button: the browser says which date, so only a day of the shown month from
   * today on is taken, as a disabled button would have refused it.
   */
  private void clicked(@Nullable JsonNode sent) {
    LocalDate date;
    try {
      date = sent == null || !sent.isString() ? null : LocalDate.parse(sent.asString());
    } catch (DateTimeException notADate) {
      date = null;
    }
    if (date == null || !YearMonth.from(date).equals(month) || date.isBefore(today)) {
      return;
    }
    pick(date);
    // The markup was replaced: the picked day takes the focus the clicked button had.
    days.getElement()
        .executeJs(
            "this.querySelector('vaadin-button[data-date=\"' + $0 + '\"]')" // i18n: script
                + "?.focus({preventScroll: true})",
            date.toString());
  }

  /** The weekday headers and every day of the shown month as one piece of markup. */
  private void render() {
    var markup = new StringBuilder();
    for (DayOfWeek weekday : DayOfWeek.values()) {
      markup
          .append("<span class=\"otopair-month-weekday\" aria-hidden=\"true\">") // i18n: markup
          .append(Entities.escape(Formats.current().narrowWeekday(weekday)))
          .append("</span>");
    }
    for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
      markup.append("<span></span>"); // i18n: markup
    }
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      day(markup, month.atDay(d));
    }
    days.getElement().setProperty("innerHTML", markup.toString());
  }

  /**
   * A day as a {@code vaadin-button}: its number and, when it has free slots, how many; the
   * classes, theme and attributes a {@link Button} would have.
   */
  private void day(StringBuilder markup, LocalDate date) {
    int count = free.getOrDefault(date, 0);
    boolean isChosen = date.equals(chosen);
    String label =
        count == 0
            ? getTranslation("booking.month.day.none", Formats.current().day(date))
            : getTranslation("booking.month.day.free", Formats.current().day(date), count);
    markup
        .append("<vaadin-button class=\"otopair-month-day") // i18n: markup
        .append(count > 0 ? " otopair-free-day" : "") // i18n: markup
        .append(isChosen ? " otopair-day-chosen\" theme=\"primary" : "") // i18n: markup
        .append("\" data-date=\"") // i18n: markup
        .append(date)
        .append("\" aria-pressed=\"") // i18n: markup
        .append(isChosen)
        .append("\" aria-label=\"") // i18n: markup
        .append(Entities.escape(label))
        .append(date.isBefore(today) ? "\" disabled>" : "\">") // i18n: markup
        .append("<span class=\"otopair-month-number\">") // i18n: markup
        .append(date.getDayOfMonth())
        .append("</span>");
    if (count > 0) {
      markup
          .append("<span class=\"otopair-month-free\">") // i18n: markup
          .append(Entities.escape(getTranslation("booking.month.free", count)))
          .append("</span>");
    }
    markup.append("</vaadin-button>"); // i18n: markup
  }
}
