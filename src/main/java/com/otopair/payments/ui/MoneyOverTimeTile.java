package com.otopair.payments.ui;

import com.otopair.base.DailyTotals;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Money;
import com.otopair.base.ui.DailyTrend;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.chart.Chart;
import com.otopair.payments.PaymentChanged;
import com.otopair.payments.PaymentTrends;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's money over time: money taken minus money refunded per UTC day over the last 30 days,
 * one chart per currency (CAD and USD are never added up), this week's net per currency as the
 * figure and last week's in the note; live as payments move anywhere.
 */
@org.springframework.stereotype.Component
class MoneyOverTimeTile implements DashboardTile {

  static final int DAYS = 30;

  private final PaymentTrends trends;
  private final LiveUpdates live;

  MoneyOverTimeTile(PaymentTrends trends, LiveUpdates live) {
    this.trends = trends;
    this.live = live;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.ADMIN) {
      return Optional.empty();
    }
    var tile = new Tile("tile-money-over-time", I18n.t("payments.tile.money.heading"));
    tile.addClassName("otopair-tile-double");
    tile.setLink(I18n.t("payments.tile.money.open"), "admin/payments");
    refresh(tile);
    live.refreshOn(tile, PaymentChanged.class, () -> refresh(tile));
    return Optional.of(tile);
  }

  private void refresh(Tile tile) {
    Map<String, DailyTotals> net = trends.netPerDay(DAYS);
    Formats formats = Formats.current();
    if (net.isEmpty()) {
      tile.setFigure(null);
      tile.setContent();
      tile.setNote(I18n.t("payments.tile.money.empty"));
      return;
    }
    List<String> thisWeek = new ArrayList<>();
    List<String> lastWeek = new ArrayList<>();
    List<Component> charts = new ArrayList<>();
    net.forEach(
        (currency, totals) -> {
          thisWeek.add(formats.money(new Money(totals.sumOfLast(DailyTrend.WEEK), currency)));
          lastWeek.add(
              formats.money(new Money(totals.sumOfThoseBefore(DailyTrend.WEEK), currency)));
          charts.add(chart(currency, totals));
        });
    var content = new Div();
    content.addClassName("otopair-tile-charts");
    charts.forEach(content::add);
    tile.setContent(content);
    tile.setFigure(String.join(" · ", thisWeek));
    tile.setNote(I18n.t("payments.tile.money.note", String.join(" · ", lastWeek)));
  }

  private static Chart chart(String currency, DailyTotals totals) {
    var chart = Chart.line(I18n.t("payments.tile.money.chart", currency), Chart.ValueStyle.MONEY);
    chart.setId("chart-money-" + currency);
    chart.setCurrency(currency);
    chart.setEmptyText(I18n.t("payments.tile.money.chart.empty", currency));
    List<BigDecimal> amounts =
        totals.values().stream().map(minor -> new Money(minor, currency).amount()).toList();
    chart.setSeries(
        DailyTrend.labels(totals),
        List.of(new Chart.Series(I18n.t("payments.tile.money.series", currency), amounts)));
    return chart;
  }
}
