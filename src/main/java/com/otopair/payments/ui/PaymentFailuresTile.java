package com.otopair.payments.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.payments.PaymentChanged;
import com.otopair.payments.PaymentTrends;
import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin's payment failures of the last 7 days (a payment that did not go through, a card hold
 * that ended or was refused, an amount above the price that could not be charged), marked for
 * attention when there are any; live as payments move anywhere.
 */
@org.springframework.stereotype.Component
class PaymentFailuresTile implements DashboardTile {

  static final Duration WITHIN = Duration.ofDays(7);

  private final PaymentTrends trends;
  private final LiveUpdates live;

  PaymentFailuresTile(PaymentTrends trends, LiveUpdates live) {
    this.trends = trends;
    this.live = live;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.ADMIN) {
      return Optional.empty();
    }
    var tile = new Tile("tile-payment-failures", I18n.t("payments.tile.failures.heading"));
    tile.setLink(
        I18n.t("payments.tile.failures.open"),
        "admin/payments?" + AdminPaymentsView.FAILED + "=" + AdminPaymentsView.FAILED_WITHIN);
    refresh(tile);
    live.refreshOn(tile, PaymentChanged.class, () -> refresh(tile));
    return Optional.of(tile);
  }

  private void refresh(Tile tile) {
    long failures = trends.failuresWithin(WITHIN);
    tile.setFigure(Formats.current().count(failures));
    tile.setAttention(failures > 0);
    tile.setNote(
        I18n.t(failures > 0 ? "payments.tile.failures.some" : "payments.tile.failures.none"));
  }
}
