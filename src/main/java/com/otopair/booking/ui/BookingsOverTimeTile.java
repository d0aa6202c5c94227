package com.otopair.booking.ui;

import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DailyTrend;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.chart.Chart;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingTrends;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * The admin's bookings over time: bookings made per UTC day over the last 30 days, this week's
 * total against the week before; live as bookings are confirmed anywhere.
 */
@org.springframework.stereotype.Component
class BookingsOverTimeTile implements DashboardTile {

  static final int DAYS = 30;

  private final BookingTrends trends;
  private final LiveUpdates live;

  BookingsOverTimeTile(BookingTrends trends, LiveUpdates live) {
    this.trends = trends;
    this.live = live;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.ADMIN) {
      return Optional.empty();
    }
    var tile = new Tile("tile-bookings-over-time", I18n.t("booking.tile.trend.heading"));
    tile.addClassName("otopair-tile-double");
    var chart = Chart.line(I18n.t("booking.tile.trend.chart"), Chart.ValueStyle.COUNT);
    chart.setEmptyText(I18n.t("booking.tile.trend.empty"));
    chart.setId("chart-bookings-over-time");
    tile.setLink(I18n.t("booking.tile.trend.open"), "admin/jobs");
    Runnable refresh =
        () ->
            DailyTrend.show(
                tile, chart, I18n.t("booking.tile.trend.series"), trends.madePerDay(DAYS));
    refresh.run();
    live.refreshOn(tile, BookingConfirmed.class, refresh::run);
    return Optional.of(tile);
  }
}
