package com.otopair.crm.ui;

import com.otopair.base.Formats;
import com.otopair.base.Granularity;
import com.otopair.base.Money;
import com.otopair.base.ui.chart.Chart;
import com.otopair.base.ui.chart.Chart.Series;
import com.otopair.base.ui.chart.Chart.ValueStyle;
import com.otopair.booking.BookingStats.Counts;
import com.otopair.crm.Analytics.CategoryRow;
import com.otopair.crm.Analytics.MechanicRow;
import com.otopair.crm.Analytics.PeriodRow;
import com.otopair.crm.Analytics.Report;
import com.otopair.crm.Analytics.ShopRow;
import com.otopair.jobs.JobStats;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The analytics page's tables, each in its card with its CSV download: bookings and revenue by
 * period (with charts, and the cancellation and no-show rates), by category, the top shops (the
 * marketplace's page only) and the mechanics' performance.
 */
class AnalyticsTables extends Div {

  final Chart bookingsChart =
      Chart.bar(getTranslation("crm.analytics.chart.bookings"), ValueStyle.COUNT);
  final Chart revenueChart =
      Chart.line(getTranslation("crm.analytics.chart.revenue"), ValueStyle.MONEY);
  final Chart ratesChart =
      Chart.line(getTranslation("crm.analytics.chart.rates"), ValueStyle.PERCENT);
  final AnalyticsTable<PeriodRow> periods;
  final AnalyticsTable<CategoryRow> categories;
  final @Nullable AnalyticsTable<ShopRow> shops;
  final AnalyticsTable<MechanicRow> mechanics;
  private String currency = AnalyticsBoard.CAD;
  private Granularity granularity = Granularity.DAY;

  AnalyticsTables(boolean marketplace) {
    addClassName("otopair-analytics-tables");
    for (Chart chart : List.of(bookingsChart, revenueChart, ratesChart)) {
      chart.setEmptyText(getTranslation("crm.analytics.chart.empty"));
      chart.addClassName("otopair-analytics-chart");
    }
    bookingsChart.setId("analytics-bookings-chart");
    revenueChart.setId("analytics-revenue-chart");
    ratesChart.setId("analytics-rates-chart");

    periods =
        new AnalyticsTable<PeriodRow>(
                "analytics-periods",
                getTranslation("crm.analytics.periods.title"),
                "bookings-and-revenue.csv", // i18n: a file name
                getTranslation("crm.analytics.periods.empty"))
            .lead(getTranslation("crm.analytics.periods.lead"))
            .charts(bookingsChart, revenueChart, ratesChart);
    periods.column("period", t("period"), p -> period(p.period()), PeriodRow::period);
    counts(periods, PeriodRow::counts);
    periods
        .column(
            "payments",
            t("payments"),
            p -> count(p.revenue().payments()),
            p -> p.revenue().payments())
        .column(
            "revenue",
            t("revenue"),
            p -> amount(p.revenue().revenueMinor()),
            p -> major(p.revenue().revenueMinor()))
        .column(
            "refunded",
            t("refunded"),
            p -> amount(p.revenue().refundedMinor()),
            p -> major(p.revenue().refundedMinor()))
        .column("currency", t("currency"), p -> currency, p -> currency);

    categories =
        new AnalyticsTable<CategoryRow>(
                "analytics-categories",
                getTranslation("crm.analytics.categories.title"),
                "bookings-by-category.csv", // i18n: a file name
                getTranslation("crm.analytics.categories.empty"))
            .lead(getTranslation("crm.analytics.categories.lead"));
    categories.column(
        "category", t("category"), c -> c.category().label(), c -> c.category().label());
    counts(categories, CategoryRow::counts);
    categories
        .column(
            "value",
            t("value"),
            c -> amount(c.counts().valueMinor()),
            c -> major(c.counts().valueMinor()))
        .column("currency", t("currency"), c -> currency, c -> currency);

    if (marketplace) {
      shops =
          new AnalyticsTable<ShopRow>(
                  "analytics-shops",
                  getTranslation("crm.analytics.shops.title"),
                  "top-shops.csv", // i18n: a file name
                  getTranslation("crm.analytics.shops.empty"))
              .lead(getTranslation("crm.analytics.shops.lead", 20));
      shops.column("shop", t("shop"), ShopRow::name, ShopRow::name);
      counts(shops, ShopRow::counts);
      shops
          .column(
              "revenue",
              t("revenue"),
              s -> amount(s.revenue().revenueMinor()),
              s -> major(s.revenue().revenueMinor()))
          .column("currency", t("currency"), s -> currency, s -> currency);
    } else {
      shops = null;
    }

    mechanics =
        new AnalyticsTable<MechanicRow>(
                "analytics-mechanics",
                getTranslation("crm.analytics.mechanics.title"),
                "mechanics.csv", // i18n: a file name
                getTranslation("crm.analytics.mechanics.empty"))
            .lead(getTranslation("crm.analytics.mechanics.lead", JobStats.ON_TIME_MINUTES));
    mechanics
        .column("mechanic", t("mechanic"), MechanicRow::name, MechanicRow::name)
        .column("jobs", t("jobs"), m -> count(m.completed()), MechanicRow::completed)
        .column(
            "hours",
            t("hours"),
            m -> Formats.current().quantity(hours(m.bookedMinutes())),
            m -> hours(m.bookedMinutes()))
        .column("billed", t("billed"), m -> amount(m.billedMinor()), m -> major(m.billedMinor()))
        .column("currency", t("currency"), m -> currency, m -> currency)
        .column(
            "on-time",
            t("on-time"),
            m ->
                m.timed() == 0
                    ? none()
                    : Formats.current().percent((int) m.onTime(), (int) m.timed()),
            m -> m.timed() == 0 ? null : rate(m.onTime(), m.timed()))
        .column(
            "rating",
            t("rating"),
            m -> m.rating() == null ? none() : Formats.current().rating(m.rating()),
            m ->
                m.rating() == null
                    ? null
                    : BigDecimal.valueOf(m.rating()).setScale(2, RoundingMode.HALF_UP))
        .column("reviews", t("reviews"), m -> count(m.reviews()), MechanicRow::reviews)
        .column(
            "response",
            t("response"),
            m ->
                m.response() == null
                    ? none()
                    : getTranslation(
                        "crm.analytics.minutes",
                        Formats.current().quantity(minutes(m.response().toSeconds()))),
            m -> m.response() == null ? null : minutes(m.response().toSeconds()))
        .column("sessions", t("sessions"), m -> count(m.sessions()), MechanicRow::sessions);

    add(periods, categories);
    if (shops != null) {
      add(shops);
    }
    add(mechanics);
  }

  /** Shows a fresh report in every table and chart. */
  void show(Report report) {
    currency = report.currency();
    granularity = report.range().granularity();
    revenueChart.setCurrency(currency);
    List<String> labels = report.periods().stream().map(p -> period(p.period())).toList();
    List<String> axis =
        Formats.current()
            .axisLabels(granularity, report.periods().stream().map(p -> p.period()).toList());
    bookingsChart.setSeries(
        labels,
        axis,
        List.of(
            new Series(
                t("booked"), report.periods().stream().map(p -> p.counts().booked()).toList()),
            new Series(
                t("completed"),
                report.periods().stream().map(p -> p.counts().completed()).toList())));
    revenueChart.setSeries(
        labels,
        axis,
        List.of(
            new Series(
                t("revenue"),
                report.periods().stream()
                    .map(p -> major(p.revenue().revenueMinor()).doubleValue())
                    .toList())));
    ratesChart.setSeries(
        labels,
        axis,
        List.of(
            new Series(
                t("cancellation-rate"),
                report.periods().stream()
                    .map(p -> percent(p.counts().cancelled(), p.counts().booked()))
                    .toList()),
            new Series(
                t("no-show-rate"),
                report.periods().stream()
                    .map(p -> percent(p.counts().noShows(), came(p.counts())))
                    .toList())));
    periods.show(report.periods());
    categories.show(report.categories());
    if (shops != null) {
      shops.show(report.shops());
    }
    mechanics.show(report.mechanics());
  }

  /** The booking counts' columns, the same in every table that has them. */
  private <T> void counts(AnalyticsTable<T> table, java.util.function.Function<T, Counts> of) {
    table
        .column("booked", t("booked"), r -> count(of.apply(r).booked()), r -> of.apply(r).booked())
        .column(
            "completed",
            t("completed"),
            r -> count(of.apply(r).completed()),
            r -> of.apply(r).completed())
        .column(
            "cancelled",
            t("cancelled"),
            r -> count(of.apply(r).cancelled()),
            r -> of.apply(r).cancelled())
        .column(
            "late",
            t("late"),
            r -> count(of.apply(r).lateCancelled()),
            r -> of.apply(r).lateCancelled())
        .column(
            "cancellation-rate",
            t("cancellation-rate"),
            r ->
                Formats.current()
                    .percent((int) of.apply(r).cancelled(), (int) of.apply(r).booked()),
            r -> rate(of.apply(r).cancelled(), of.apply(r).booked()))
        .column(
            "no-shows",
            t("no-shows"),
            r -> count(of.apply(r).noShows()),
            r -> of.apply(r).noShows())
        .column(
            "no-show-rate",
            t("no-show-rate"),
            r -> Formats.current().percent((int) of.apply(r).noShows(), (int) came(of.apply(r))),
            r -> rate(of.apply(r).noShows(), came(of.apply(r))));
  }

  /** The appointments whose time came: completed or missed (what the no-show rate is out of). */
  static long came(Counts counts) {
    return counts.completed() + counts.noShows();
  }

  /** A share as a decimal fraction for the file: 0.25; 0 of nothing. */
  static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  static BigDecimal minutes(long seconds) {
    return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }

  private BigDecimal major(long minor) {
    return new Money(minor, currency).amount();
  }

  private String amount(long minor) {
    return Formats.current().amount(new Money(minor, currency));
  }

  private static String count(long count) {
    return Formats.current().count(count);
  }

  private String none() {
    return getTranslation("crm.analytics.none");
  }

  /** A period as the table names it: "Mar 9, 2027", "Week of Mar 9, 2027", "March 2027". */
  String period(LocalDate start) {
    Formats formats = Formats.current();
    return switch (granularity) {
      case DAY -> formats.date(start);
      case WEEK -> getTranslation("crm.analytics.week", formats.date(start));
      case MONTH -> formats.month(YearMonth.from(start));
    };
  }

  private String t(String column) {
    return getTranslation("crm.analytics.col." + column);
  }
}
