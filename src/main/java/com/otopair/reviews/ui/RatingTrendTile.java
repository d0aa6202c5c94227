package com.otopair.reviews.ui;

import com.otopair.base.Formats;
import com.otopair.base.Granularity;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.chart.Chart;
import com.otopair.reviews.OwnerRatings;
import com.otopair.reviews.RatingChanged;
import com.otopair.shops.CurrentShop;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner's home: the shop's average stars and number of reviews, and a line of each recent
 * month's average (months without reviews are left out); moves when a review is posted, edited,
 * hidden or restored.
 */
@org.springframework.stereotype.Component
class RatingTrendTile implements DashboardTile {

  private final OwnerRatings ratings;
  private final CurrentShop current;
  private final LiveUpdates live;

  RatingTrendTile(OwnerRatings ratings, CurrentShop current, LiveUpdates live) {
    this.ratings = ratings;
    this.current = current;
    this.live = live;
  }

  @Override
  public int order() {
    return 80;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.OWNER) {
      return Optional.empty();
    }
    return current.owned().map(shop -> tile(shop.id()));
  }

  private Tile tile(UUID shopId) {
    var tile = new Tile("tile-rating-trend", I18n.t("reviews.tile.rating"));
    var chart =
        Chart.line(
            I18n.t("reviews.tile.rating.chart", OwnerRatings.MONTHS), Chart.ValueStyle.RATING);
    chart.setId("rating-chart");
    chart.addClassName("otopair-tile-chart");
    chart.setEmptyText(I18n.t("reviews.tile.rating.chart-empty"));
    Runnable refresh = () -> fill(tile, chart, shopId);
    refresh.run();
    live.refreshOn(tile, RatingChanged.class, e -> shopId.equals(e.shopId()), refresh::run);
    return tile;
  }

  private void fill(Tile tile, Chart chart, UUID shopId) {
    OwnerRatings.Trend trend = ratings.trend(shopId);
    Formats formats = Formats.current();
    tile.setLink(I18n.t("reviews.tile.rating.link"), "shops/" + trend.shopSlug() + "#reviews");
    if (trend.average() == null) {
      tile.setFigure(null);
      tile.setContent();
      tile.setNote(I18n.t("reviews.tile.rating.empty"));
      return;
    }
    tile.setFigure(formats.rating(trend.average()));
    List<OwnerRatings.Month> rated =
        trend.months().stream().filter(month -> month.average() != null).toList();
    chart.setSeries(
        rated.stream().map(month -> formats.month(month.month())).toList(),
        formats.axisLabels(
            Granularity.MONTH, rated.stream().map(month -> month.month().atDay(1)).toList()),
        List.of(
            new Chart.Series(
                I18n.t("reviews.tile.rating.series"),
                rated.stream().map(month -> Objects.requireNonNull(month.average())).toList())));
    if (rated.isEmpty()) {
      tile.setContent();
    } else {
      tile.setContent(chart);
    }
    tile.setNote(I18n.t("reviews.tile.rating.note", formats.count(trend.reviews())));
  }
}
