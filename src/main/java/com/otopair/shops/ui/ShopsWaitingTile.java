package com.otopair.shops.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.shops.ShopApprovals;
import com.otopair.shops.ShopStatus;
import com.otopair.shops.ShopStatusChanged;
import com.otopair.shops.ShopSubmitted;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin's shops waiting for approval: how many, and which has waited longest and for how long;
 * live as owners submit shops and admins decide.
 */
@org.springframework.stereotype.Component
class ShopsWaitingTile implements DashboardTile {

  private final ShopApprovals approvals;
  private final LiveUpdates live;
  private final Clock clock;

  ShopsWaitingTile(ShopApprovals approvals, LiveUpdates live, Clock clock) {
    this.approvals = approvals;
    this.live = live;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.ADMIN) {
      return Optional.empty();
    }
    var tile = new Tile("tile-shops-waiting", I18n.t("shops.tile.waiting.heading"));
    tile.setLink(
        I18n.t("shops.tile.waiting.open"), "admin/shops?status=" + ShopStatus.PENDING_APPROVAL);
    refresh(tile);
    live.refreshOn(tile, ShopSubmitted.class, () -> refresh(tile));
    live.refreshOn(tile, ShopStatusChanged.class, () -> refresh(tile));
    return Optional.of(tile);
  }

  private void refresh(Tile tile) {
    ShopApprovals.Waiting waiting = approvals.waiting();
    Formats formats = Formats.current();
    tile.setFigure(formats.count(waiting.count()));
    tile.setAttention(waiting.count() > 0);
    ShopApprovals.Oldest oldest = waiting.oldest();
    if (oldest == null) {
      tile.setNote(I18n.t("shops.tile.waiting.none"));
      return;
    }
    Duration waited = Duration.between(oldest.since(), clock.instant());
    long days = waited.toDays();
    tile.setNote(
        days >= 1
            ? I18n.t("shops.tile.waiting.oldest.days", oldest.name(), days)
            : I18n.t(
                "shops.tile.waiting.oldest.hours", oldest.name(), Math.max(0, waited.toHours())));
  }
}
