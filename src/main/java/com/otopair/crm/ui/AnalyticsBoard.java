package com.otopair.crm.ui;

import com.otopair.base.Formats;
import com.otopair.base.Granularity;
import com.otopair.base.PlausibleDates;
import com.otopair.base.StatRange;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.FilterUrl;
import com.otopair.crm.Analytics;
import com.otopair.crm.Analytics.Report;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The analytics page's body, for one shop (its owner) or the marketplace ({@code shopId} null,
 * admins): the range, grouping and currency (all in the address; a value the address gets wrong
 * falls back to the default, the last 90 days by day), then bookings and revenue by period with
 * cancellation and no-show rates, by category, the top shops (marketplace only) and the mechanics.
 */
class AnalyticsBoard extends Div {

  static final String CAD = "CAD"; // i18n: a currency code
  static final String USD = "USD"; // i18n: a currency code

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
            .date("from", from)
            .date("to", to)
            .add(
                "by",
                granularity,
                text ->
                    Arrays.stream(Granularity.values())
                        .filter(g -> g.sqlUnit().equals(text))
                        .findFirst(),
                g -> g == Granularity.DAY ? null : g.sqlUnit(),
                Granularity.DAY);
    if (shopId == null) {
      filters.choice("currency", currency, Set.of(CAD, USD), CAD);
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

  void read(BeforeEnterEvent event) {
    filters.read(event);
  }

  Location location() {
    return filters.location();
  }

  /** The range the fields ask for, or the default when they ask for none or for one we refuse. */
  StatRange range() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Granularity by = Optional.ofNullable(granularity.getValue()).orElse(Granularity.DAY);
    StatRange fallback = StatRange.lastDays(today, zone).withGranularity(by);
    LocalDate first = from.getValue();
    LocalDate last = to.getValue();
    if (first == null && last == null) {
      return fallback;
    }
    if (last == null) {
      last = first != null && first.isAfter(today) ? first : today;
    }
    if (first == null) {
      first = last.minusDays(StatRange.DEFAULT_DAYS - 1);
    }
    if (!PlausibleDates.contains(first, clock)
        || !PlausibleDates.contains(last, clock)
        || !StatRange.allowed(first, last)) {
      return fallback;
    }
    return new StatRange(first, last, zone, by);
  }

  /** Reads the figures again for the fields' range and shows them. */
  void refresh() {
    StatRange range = range();
    boolean refused =
        (from.getValue() != null && !from.getValue().equals(range.from()))
            || (to.getValue() != null && !to.getValue().equals(range.to()));
    String problem = getTranslation("crm.analytics.range.invalid");
    from.setErrorMessage(problem);
    to.setErrorMessage(problem);
    from.setInvalid(refused);
    to.setInvalid(refused);

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
}
