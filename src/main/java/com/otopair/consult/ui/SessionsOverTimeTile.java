package com.otopair.consult.ui;

import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DailyTrend;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.chart.Chart;
import com.otopair.consult.SessionChanged;
import com.otopair.consult.SessionTrends;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * The admin's sessions over time: live sessions held per UTC day over the last 30 days, this week's
 * total against the week before; live as sessions move anywhere.
 */
@org.springframework.stereotype.Component
class SessionsOverTimeTile implements DashboardTile {

  static final int DAYS = 30;

  private final SessionTrends trends;
  private final LiveUpdates live;

  SessionsOverTimeTile(SessionTrends trends, LiveUpdates live) {
    this.trends = trends;
    this.live = live;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.ADMIN) {
      return Optional.empty();
    }
    var tile = new Tile("tile-sessions-over-time", I18n.t("consult.tile.trend.heading"));
    tile.addClassName("otopair-tile-double");
    var chart = Chart.line(I18n.t("consult.tile.trend.chart"), Chart.ValueStyle.COUNT);
    chart.setEmptyText(I18n.t("consult.tile.trend.empty"));
    chart.setId("chart-sessions-over-time");
    tile.setLink(I18n.t("consult.tile.trend.open"), "admin/sessions");
    Runnable refresh =
        () ->
            DailyTrend.show(
                tile, chart, I18n.t("consult.tile.trend.series"), trends.heldPerDay(DAYS));
    refresh.run();
    live.refreshOn(tile, SessionChanged.class, refresh::run);
    return Optional.of(tile);
  }
}
