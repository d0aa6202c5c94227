package com.otopair.payments.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Money;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.chart.Chart;
import com.otopair.payments.OwnerRevenue;
import com.otopair.payments.PaymentChanged;
import com.otopair.shops.CurrentShop;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner's home: money in this week, against last week, and this month against last month, as a
 * figure, a sentence and a small bar chart of the four; moves as payments are taken or refunded.
 */
@org.springframework.stereotype.Component
class RevenueTile implements DashboardTile {

  private final OwnerRevenue revenue;
  private final CurrentShop current;
  private final LiveUpdates live;

  RevenueTile(OwnerRevenue revenue, CurrentShop current, LiveUpdates live) {
    this.revenue = revenue;
    this.current = current;
    this.live = live;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.OWNER) {
      return Optional.empty();
    }
    return current.owned().map(shop -> tile(shop.id()));
  }

  private Tile tile(UUID shopId) {
    var tile = new Tile("tile-revenue", I18n.t("payments.tile.revenue"));
    var chart = Chart.bar(I18n.t("payments.tile.revenue.chart"), Chart.ValueStyle.MONEY);
    chart.setId("revenue-chart");
    chart.addClassName("otopair-tile-chart");
    chart.setEmptyText(I18n.t("payments.tile.revenue.chart-empty"));
    Runnable refresh = () -> fill(tile, chart, shopId);
    refresh.run();
    live.refreshOn(tile, PaymentChanged.class, e -> shopId.equals(e.shopId()), refresh::run);
    tile.setLink(I18n.t("payments.tile.revenue.link"), "shop/payments");
    return tile;
  }

  private void fill(Tile tile, Chart chart, UUID shopId) {
    OwnerRevenue.Revenue money = revenue.revenue(shopId);
    Formats formats = Formats.current();
    tile.setFigure(formats.money(money.thisWeek()));
    chart.setCurrency(money.thisWeek().currency());
    chart.setSeries(
        List.of(
            I18n.t("payments.tile.revenue.this-week"),
            I18n.t("payments.tile.revenue.last-week"),
            I18n.t("payments.tile.revenue.this-month"),
            I18n.t("payments.tile.revenue.last-month")),
        List.of(
            new Chart.Series(
                I18n.t("payments.tile.revenue.series"),
                List.of(
                    major(money.thisWeek()),
                    major(money.lastWeek()),
                    major(money.thisMonth()),
                    major(money.lastMonth())))));
    boolean nothing =
        money.thisWeek().minor() == 0
            && money.lastWeek().minor() == 0
            && money.thisMonth().minor() == 0
            && money.lastMonth().minor() == 0;
    if (nothing) {
      tile.setContent();
      tile.setNote(I18n.t("payments.tile.revenue.empty"));
      return;
    }
    tile.setContent(chart);
    tile.setNote(
        I18n.t(
            "payments.tile.revenue.note",
            compare(formats, money.thisWeek(), money.lastWeek(), "week"),
            formats.money(money.thisMonth()),
            compare(formats, money.thisMonth(), money.lastMonth(), "month")));
  }

  /** "12% more than last week", "the same as last month", "nothing came in last week". */
  static String compare(Formats formats, Money now, Money before, String period) {
    String key = "payments.tile.revenue." + period;
    if (before.minor() <= 0) {
      return I18n.t(key + ".none");
    }
    long difference = now.minor() - before.minor();
    double share = Math.abs((double) difference) / before.minor();
    if (Math.round(share * 100) == 0) {
      return I18n.t(key + ".same");
    }
    return I18n.t(key + (difference > 0 ? ".more" : ".less"), formats.share(share));
  }

  private static double major(Money money) {
    return money.minor() / 100.0;
  }
}
