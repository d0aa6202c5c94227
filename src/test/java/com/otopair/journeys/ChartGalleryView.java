package com.otopair.journeys;

import com.otopair.base.Formats;
import com.otopair.base.Granularity;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.chart.Chart;
import com.otopair.base.ui.chart.Chart.Cell;
import com.otopair.base.ui.chart.Chart.Series;
import com.otopair.base.ui.chart.Chart.ValueStyle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Every kind of chart on one page, in cards as the dashboards show them, for {@link
 * ChartBrowserIT}: a route of the tests only (the browser journeys' application reads the test
 * classes; the application itself has no such page).
 */
@Route(value = "dev/chart-gallery", autoLayout = false)
@PageTitle("Charts")
@AnonymousAllowed
class ChartGalleryView extends Main {

  static final List<String> DAYS =
      List.of("Mon 7", "Tue 8", "Wed 9", "Thu 10", "Fri 11", "Sat 12", "Sun 13");

  final Chart line = Chart.line("Bookings this week", ValueStyle.COUNT);
  final Chart bar = Chart.bar("Revenue this week", ValueStyle.MONEY);
  final Chart stacked = Chart.stackedBar("Jobs by status", ValueStyle.COUNT);
  final Chart funnel = Chart.funnel("From intake to booking");
  final Chart heat = Chart.heatMap("Bookings by hour", ValueStyle.COUNT);
  final Chart gauge = Chart.gauge("Mechanic utilisation", ValueStyle.PERCENT);
  final Chart empty = Chart.line("Rating trend", ValueStyle.RATING);
  final Chart days = Chart.line("Bookings by day, 90 days", ValueStyle.COUNT);
  final Chart months = Chart.line("Rating by month", ValueStyle.RATING);
  private int more = 0;

  ChartGalleryView() {
    addClassName("otopair-page");
    line.setId("chart-line");
    line.setSeries(
        DAYS,
        List.of(
            new Series("This week", List.of(4, 7, 5, 9, 12, 6, 2)),
            new Series("Last week", List.of(3, 5, 6, 7, 8, 7, 1))));
    bar.setId("chart-bar");
    bar.setSeries(
        DAYS, List.of(new Series("Revenue", List.of(420.5, 980, 615.25, 1280, 1750, 890, 0))));
    stacked.setId("chart-stacked-bar");
    stacked.setSeries(
        DAYS,
        List.of(
            new Series("Waiting", List.of(2, 1, 3, 2, 4, 1, 0)),
            new Series("In progress", List.of(3, 4, 2, 5, 3, 2, 1)),
            new Series("Done", List.of(5, 6, 7, 4, 8, 3, 1))));
    funnel.setId("chart-funnel");
    funnel.setSeries(
        List.of(
            "Intake started",
            "Session",
            "Summary viewed",
            "Upsell shown",
            "Upsell clicked",
            "Booking"),
        List.of(new Series("People", List.of(1200, 640, 510, 430, 120, 64))));
    heat.setId("chart-heat-map");
    List<String> hours = new ArrayList<>();
    for (int hour = 8; hour <= 18; hour++) {
      hours.add(hour <= 12 ? hour + (hour == 12 ? " PM" : " AM") : (hour - 12) + " PM");
    }
    List<Cell> cells = new ArrayList<>();
    for (int y = 0; y < 7; y++) {
      for (int x = 0; x < hours.size(); x++) {
        cells.add(new Cell(x, y, (x * 3 + y * 5) % 7));
      }
    }
    heat.setCells(hours, DAYS.stream().map(day -> day.substring(0, 3)).toList(), cells);
    gauge.setId("chart-gauge");
    gauge.setGauge(72, 100);
    empty.setId("chart-empty");
    empty.setEmptyText("Your rating will show here once customers review their visits.");
    empty.setSeries(DAYS, List.of(new Series("Rating", List.of(0, 0, 0, 0, 0, 0, 0))));

    // Periods as the analytics page and the rating tile name them: full in the table and the
    // tooltips ("Sep 9, 2026", "September 2026"), short on the axis ("Sep 9", "Sep 2026").
    Formats formats = Formats.current();
    List<LocalDate> ninety = new ArrayList<>();
    List<Integer> booked = new ArrayList<>();
    for (int day = 0; day < 90; day++) {
      ninety.add(LocalDate.of(2026, 9, 9).plusDays(day));
      booked.add(3 + (day * 7) % 11);
    }
    days.setId("chart-days");
    days.setSeries(
        ninety.stream().map(formats::date).toList(),
        formats.axisLabels(Granularity.DAY, ninety),
        List.of(new Series("Booked", booked)));
    List<LocalDate> quarter =
        List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
    months.setId("chart-months");
    months.setSeries(
        quarter.stream().map(month -> formats.month(YearMonth.from(month))).toList(),
        formats.axisLabels(Granularity.MONTH, quarter),
        List.of(new Series("Rating", List.of(4.2, 4.6, 4.8))));

    var book = new Button("Book one more on Sunday", e -> bookOneMore());
    book.setId("chart-more");
    var board =
        new Div(
            tile("line", line),
            tile("bar", bar),
            tile("stacked-bar", stacked),
            tile("funnel", funnel),
            tile("heat-map", heat),
            tile("gauge", gauge),
            tile("empty", empty),
            tile("days", days),
            tile("months", months));
    board.addClassName("otopair-dashboard");
    add(new H1("Charts"), book, board);
  }

  /** A live update: the line's last value grows, and the gauge with it. */
  private void bookOneMore() {
    more++;
    line.setSeries(
        DAYS,
        List.of(
            new Series("This week", List.of(4, 7, 5, 9, 12, 6, 2 + more)),
            new Series("Last week", List.of(3, 5, 6, 7, 8, 7, 1))));
    gauge.setGauge(Math.min(100, 72 + more), 100);
  }

  /** A chart in a dashboard's tile, as the homes show them. */
  private static Component tile(String id, Chart chart) {
    var tile = new Tile("tile-" + id, chart.getElement().getAttribute("aria-label"));
    tile.setContent(chart);
    tile.setNote("The same numbers are in a table for screen readers.");
    tile.setLink("Open the list", "dev/chart-gallery");
    return tile;
  }
}
