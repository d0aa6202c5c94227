package com.otopair.crm.ui;

import com.otopair.base.Formats;
import com.otopair.base.Granularity;
import com.otopair.base.PlausibleDates;
import com.otopair.base.StatRange;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.FilterUrl;
import com.otopair.crm.Analytics;
import com.otopair.crm.Analytics.Report;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The analytics page's body, for one shop (its owner) or the marketplace ({@code shopId} null,
 * admins): the range, grouping and currency (all in the address; the date fields always show the
 * dates the figures cover, the last 90 days by default; a value the address gets wrong, or a range
 * we refuse, is marked on its field while the default is shown), then bookings and revenue by
 * period with cancellation and no-show rates, by category, the top shops (marketplace only) and the
 * mechanics.
 */
class AnalyticsBoard extends Div {

  static final String CAD = "CAD"; // i18n: a currency code
  static final String USD = "USD"; // i18n: a currency code
  static final Set<String> CURRENCIES = Set.of(CAD, USD);

  final DatePicker from =
      ComponentTexts.localize(new DatePicker(getTranslation("crm.analytics.from")));
  final DatePicker to = ComponentTexts.localize(new DatePicker(getTranslation("crm.analytics.to")));
  final Select<Granularity> granularity = new Select<>();
  final Select<String> currency = new Select<>();
  final Paragraph shown = new Paragraph();
  final Div empty = new Div();
  final AnalyticsTables tables;

  private final Analytics analytics;
  private final @Nullable UUID shopId;
  private final ZoneId zone;
  private final Clock clock;
  private final FilterUrl filters;
  private @Nullable Report report;

  /** What the address got wrong, by field, until the person changes a field. */
  private final Map<HasValidation, String> garbled = new HashMap<>();

  private boolean reading;
  private boolean filling;

  AnalyticsBoard(
      Analytics analytics,
      @Nullable UUID shopId,
      ZoneId zone,
      String shopCurrency,
      String route,
      Clock clock) {
    this.analytics = analytics;
    this.shopId = shopId;
    this.zone = zone;
    this.clock = clock;
    addClassName("otopair-analytics");

    from.setId("analytics-from");
    to.setId("analytics-to");
    granularity.setLabel(getTranslation("crm.analytics.granularity"));
    granularity.setItems(Granularity.values());
    granularity.setItemLabelGenerator(
        g -> getTranslation("crm.analytics.granularity." + g.sqlUnit()));
    granularity.setValue(Granularity.DAY);
    granularity.setId("analytics-granularity");
    currency.setLabel(getTranslation("crm.analytics.currency"));
    currency.setItems(CAD, USD);
    currency.setValue(shopCurrency);
    currency.setId("analytics-currency");
    currency.setVisible(shopId == null);

    filters =
        FilterUrl.at(route, this::refresh)
            .add("from", from, AnalyticsBoard::parseDate, this::dateInAddress, null)
            .add("to", to, AnalyticsBoard::parseDate, this::dateInAddress, null)
            .add(
                "by",
                granularity,
                AnalyticsBoard::parseGranularity,
                g -> g == Granularity.DAY ? null : g.sqlUnit(),
                Granularity.DAY);
    if (shopId == null) {
      filters.choice("currency", currency, CURRENCIES, CAD);
    }

    var filterRow = new HorizontalLayout(from, to, granularity, currency);
    filterRow.setAlignItems(FlexComponent.Alignment.BASELINE);
    filterRow.setWrap(true);
    filterRow.addClassName("otopair-filters");
    shown.setId("analytics-shown");
    shown.addClassName("otopair-analytics-shown");

    empty.setId("analytics-empty");
    empty.addClassName("otopair-card");
    empty.add(
        new H2(getTranslation("crm.analytics.empty.title")),
        new Paragraph(
            getTranslation(
                shopId == null ? "crm.analytics.empty.admin" : "crm.analytics.empty.shop")));
    empty.setVisible(false);

    tables = new AnalyticsTables(shopId == null);
    add(filterRow, shown, empty, tables);
  }

  /**
   * Fills the fields from the address; a value there that isn't a date, a grouping or a currency is
   * marked on its field, which shows the default meanwhile.
   */
  void read(BeforeEnterEvent event) {
    QueryParameters query = event.getLocation().getQueryParameters();
    garbled.clear();
    query
        .getSingleParameter("from")
        .filter(text -> parseDate(text).isEmpty())
        .ifPresent(text -> garbled.put(from, problem("crm.analytics.address.date", quoted(text))));
    query
        .getSingleParameter("to")
        .filter(text -> parseDate(text).isEmpty())
        .ifPresent(text -> garbled.put(to, problem("crm.analytics.address.date", quoted(text))));
    query
        .getSingleParameter("by")
        .filter(text -> parseGranularity(text).isEmpty())
        .ifPresent(
            text -> garbled.put(granularity, problem("crm.analytics.address.by", quoted(text))));
    if (shopId == null) {
      query
          .getSingleParameter("currency")
          .filter(text -> !CURRENCIES.contains(text))
          .ifPresent(
              text ->
                  garbled.put(currency, problem("crm.analytics.address.currency", quoted(text))));
    }
    reading = true;
    try {
      filters.read(event);
    } finally {
      reading = false;
    }
  }

  Location location() {
    return filters.location();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private StatRange fallback() {
    Granularity by = Optional.ofNullable(granularity.getValue()).orElse(Granularity.DAY);
    return StatRange.lastDays(today(), zone).withGranularity(by);
  }

  /** A date as the address writes it; left out while both fields show the default range. */
  private @Nullable String dateInAddress(LocalDate date) {
    StatRange fallback = fallback();
    boolean asDefault =
        fallback.from().equals(from.getValue()) && fallback.to().equals(to.getValue());
    return asDefault ? null : date.toString();
  }

  /**
   * Gives an empty date field the date the range takes for it (both empty: the last 90 days; one:
   * 90 days from or up to the other), so the fields always show the dates the figures cover.
   */
  private void fillEmptyDates(StatRange fallback) {
    LocalDate first = from.getValue();
    LocalDate last = to.getValue();
    if (first != null && last != null) {
      return;
    }
    if (first == null && last == null) {
      first = fallback.from();
      last = fallback.to();
    } else if (last == null) {
      last = PlausibleDates.contains(first, clock) && first.isAfter(today()) ? first : today();
    } else {
      first =
          PlausibleDates.contains(last, clock)
              ? last.minusDays(StatRange.DEFAULT_DAYS - 1)
              : fallback.from();
    }
    filling = true;
    try {
      from.setValue(first);
      to.setValue(last);
    } finally {
      filling = false;
    }
  }

  /**
   * What is wrong with the fields' dates, by field (none when they make a range): a date over five
   * years away, an end before the start, or more than two years between them.
   */
  private Map<HasValidation, String> dateProblems() {
    Map<HasValidation, String> problems = new HashMap<>();
    LocalDate first = from.getValue();
    LocalDate last = to.getValue();
    if (first == null || last == null) {
      return problems;
    }
    if (!PlausibleDates.contains(first, clock)) {
      problems.put(from, problem("crm.analytics.range.far"));
    }
    if (!PlausibleDates.contains(last, clock)) {
      problems.put(to, problem("crm.analytics.range.far"));
    }
    if (problems.isEmpty() && last.isBefore(first)) {
      problems.put(from, problem("crm.analytics.range.reversed"));
      problems.put(to, problem("crm.analytics.range.reversed"));
    } else if (problems.isEmpty() && !StatRange.allowed(first, last)) {
      problems.put(from, problem("crm.analytics.range.long"));
      problems.put(to, problem("crm.analytics.range.long"));
    }
    return problems;
  }

  /** The range the fields ask for, or the default (the last 90 days) when we refuse theirs. */
  StatRange range() {
    StatRange fallback = fallback();
    LocalDate first = from.getValue();
    LocalDate last = to.getValue();
    if (first == null || last == null || !dateProblems().isEmpty()) {
      return fallback;
    }
    return new StatRange(first, last, zone, fallback.granularity());
  }

  /** Reads the figures again for the fields' range and shows them, marking what we refuse. */
  void refresh() {
    if (filling) {
      return;
    }
    if (!reading) {
      // The person changed a field: what the address got wrong is behind us.
      garbled.clear();
    }
    fillEmptyDates(fallback());
    Map<HasValidation, String> problems = dateProblems();
    problems.putAll(garbled);
    for (HasValidation field : List.of(from, to, granularity, currency)) {
      String problem = problems.get(field);
      field.setErrorMessage(problem);
      field.setInvalid(problem != null);
    }
    StatRange range = range();

    String money = Optional.ofNullable(currency.getValue()).orElse(CAD);
    Report fresh = analytics.report(shopId, money, range);
    report = fresh;
    Formats formats = Formats.current();
    shown.setText(
        getTranslation(
            shopId == null ? "crm.analytics.shown.admin" : "crm.analytics.shown.shop",
            formats.date(range.from()),
            formats.date(range.to()),
            getTranslation("crm.analytics.granularity." + range.granularity().sqlUnit())
                .toLowerCase(getLocale()),
            shopId == null ? "UTC" : formats.zone(zone), // i18n: the zone's name
            money));
    empty.setVisible(fresh.isEmpty());
    tables.setVisible(!fresh.isEmpty());
    tables.show(fresh);
  }

  @Nullable Report report() {
    return report;
  }

  private String problem(String key, Object... arguments) {
    return getTranslation(key, arguments);
  }

  /** The address's text as a message quotes it: a long one is cut. */
  private static String quoted(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException mangled) {
      return Optional.empty();
    }
  }

  private static Optional<Granularity> parseGranularity(String text) {
    return Arrays.stream(Granularity.values()).filter(g -> g.sqlUnit().equals(text)).findFirst();
  }
}
