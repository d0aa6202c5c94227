package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.chart.Chart;
import com.otopair.booking.BookingChanged;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.OwnerBoard;
import com.otopair.scheduling.ScheduleChanged;
import com.otopair.shops.CurrentShop;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner's home: how busy each mechanic is this week, booked hours over the hours their
 * availability gives (weekly windows, overrides, time off), as a bar chart in percent, and the
 * whole shop's figure. Moves when a booking or the schedule changes.
 */
@org.springframework.stereotype.Component
class UtilisationTile implements DashboardTile {

  private final OwnerBoard board;
  private final CurrentShop current;
  private final LiveUpdates live;

  UtilisationTile(OwnerBoard board, CurrentShop current, LiveUpdates live) {
    this.board = board;
    this.current = current;
    this.live = live;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.OWNER) {
      return Optional.empty();
    }
    return current.owned().map(shop -> tile(shop.id()));
  }

  private Tile tile(UUID shopId) {
    var tile = new Tile("tile-utilisation", I18n.t("booking.tile.utilisation"));
    var chart = Chart.bar(I18n.t("booking.tile.utilisation.chart"), Chart.ValueStyle.PERCENT);
    chart.setEmptyText(I18n.t("booking.tile.utilisation.chart-empty"));
    chart.setId("utilisation-chart");
    chart.addClassName("otopair-tile-chart");
    Runnable refresh = () -> fill(tile, chart, shopId);
    refresh.run();
    live.refreshOn(tile, BookingChanged.class, e -> shopId.equals(e.shopId()), refresh::run);
    live.refreshOn(tile, BookingConfirmed.class, e -> shopId.equals(e.shopId()), refresh::run);
    live.refreshOn(tile, ScheduleChanged.class, e -> shopId.equals(e.shopId()), refresh::run);
    tile.setLink(I18n.t("booking.tile.utilisation.open"), "schedule");
    return tile;
  }

  private void fill(Tile tile, Chart chart, UUID shopId) {
    OwnerBoard.Utilisation week = board.utilisation(shopId);
    Formats formats = Formats.current();
    if (week.available().isZero()) {
      tile.setFigure(null);
      tile.setContent();
      tile.setNote(I18n.t("booking.tile.utilisation.empty"));
      return;
    }
    tile.setFigure(formats.share(week.share()));
    chart.setSeries(
        week.mechanics().stream().map(OwnerBoard.MechanicLoad::name).toList(),
        List.of(
            new Chart.Series(
                I18n.t("booking.tile.utilisation.series"),
                week.mechanics().stream().map(load -> percent(load.share())).toList())));
    tile.setContent(chart);
    tile.setNote(
        I18n.t(
            "booking.tile.utilisation.note",
            hours(formats, week.booked().toMinutes()),
            hours(formats, week.available().toMinutes())));
  }

  /** A share as the chart's percent, to the tenth. */
  static double percent(double share) {
    return Math.round(share * 1000) / 10.0;
  }

  private static String hours(Formats formats, long minutes) {
    return formats.quantity(
        java.math.BigDecimal.valueOf(minutes)
            .divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP));
  }
}
