package com.otopair.base.ui;

import com.otopair.base.DailyTotals;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.ui.chart.Chart;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Shows a count over the last days on a tile: a line chart of each UTC day, this week's total (the
 * last 7 days, today included) as the figure, and how it compares with the 7 days before as the
 * note. The admin's bookings and sessions over time use it.
 */
public final class DailyTrend {

  /** A week, in days. */
  public static final int WEEK = 7;

  private DailyTrend() {}

  /** The days of {@code totals} as a chart labels them: "Mar 9", "9 mars". */
  public static List<String> labels(DailyTotals totals) {
    Formats formats = Formats.current();
    return totals.days().stream().map(day -> label(formats, day)).toList();
  }

  private static String label(Formats formats, LocalDate day) {
    return formats.monthDay(DailyTotals.startOf(day), ZoneOffset.UTC);
  }

  /** Fills {@code tile} and its {@code chart} (a series named {@code seriesName}). */
  public static void show(Tile tile, Chart chart, String seriesName, DailyTotals totals) {
    chart.setSeries(labels(totals), List.of(new Chart.Series(seriesName, totals.values())));
    tile.setContent(chart);
    Formats formats = Formats.current();
    long thisWeek = totals.sumOfLast(WEEK);
    long lastWeek = totals.sumOfThoseBefore(WEEK);
    tile.setFigure(formats.count(thisWeek));
    long change = thisWeek - lastWeek;
    tile.setNote(
        change > 0
            ? I18n.t("base.tile.week.more", formats.count(change))
            : change < 0
                ? I18n.t("base.tile.week.fewer", formats.count(-change))
                : I18n.t("base.tile.week.same"));
  }
}
