package com.otopair.jobs.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.jobs.JobChanged;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.OwnerJobFigures;
import com.otopair.shops.CurrentShop;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner's home: jobs whose estimate waits for the customer's approval, and what the lines still
 * to approve add up to; opens the job board on those jobs.
 */
@org.springframework.stereotype.Component
class WaitingEstimatesTile implements DashboardTile {

  private final OwnerJobFigures figures;
  private final CurrentShop current;
  private final LiveUpdates live;

  WaitingEstimatesTile(OwnerJobFigures figures, CurrentShop current, LiveUpdates live) {
    this.figures = figures;
    this.current = current;
    this.live = live;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.OWNER) {
      return Optional.empty();
    }
    return current.owned().map(shop -> tile(shop.id()));
  }

  private Tile tile(UUID shopId) {
    var tile = new Tile("tile-waiting-estimates", I18n.t("jobs.tile.estimates"));
    Runnable refresh = () -> fill(tile, shopId);
    refresh.run();
    live.refreshOn(tile, JobChanged.class, e -> shopId.equals(e.shopId()), refresh::run);
    tile.setLink(
        I18n.t("jobs.tile.estimates.link"), "jobs?status=" + JobStatus.WAITING_APPROVAL.name());
    return tile;
  }

  private void fill(Tile tile, UUID shopId) {
    OwnerJobFigures.WaitingEstimates waiting = figures.waitingEstimates(shopId);
    Formats formats = Formats.current();
    tile.setFigure(formats.count(waiting.jobs()));
    tile.setNote(
        waiting.jobs() == 0
            ? I18n.t("jobs.tile.estimates.empty")
            : I18n.t("jobs.tile.estimates.note", formats.money(waiting.total())));
  }
}
