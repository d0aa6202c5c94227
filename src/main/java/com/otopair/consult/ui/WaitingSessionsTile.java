package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.consult.OwnerSessionFigures;
import com.otopair.consult.SessionChanged;
import com.otopair.shops.CurrentShop;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner's home: customers waiting in the shop's live-session queue now, and since when the
 * first of them waits; moves as sessions are asked for, claimed or given up.
 */
@org.springframework.stereotype.Component
class WaitingSessionsTile implements DashboardTile {

  private final OwnerSessionFigures figures;
  private final CurrentShop current;
  private final LiveUpdates live;

  WaitingSessionsTile(OwnerSessionFigures figures, CurrentShop current, LiveUpdates live) {
    this.figures = figures;
    this.current = current;
    this.live = live;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.OWNER) {
      return Optional.empty();
    }
    return current.owned().map(shop -> tile(shop.id()));
  }

  private Tile tile(UUID shopId) {
    var tile = new Tile("tile-waiting-sessions", I18n.t("consult.tile.waiting"));
    Runnable refresh = () -> fill(tile, shopId);
    refresh.run();
    live.refreshOn(tile, SessionChanged.class, e -> shopId.equals(e.shopId()), refresh::run);
    tile.setLink(I18n.t("consult.tile.waiting.link"), "sessions");
    return tile;
  }

  private void fill(Tile tile, UUID shopId) {
    OwnerSessionFigures.Waiting waiting = figures.waiting(shopId);
    Formats formats = Formats.current();
    tile.setFigure(formats.count(waiting.sessions()));
    tile.setAttention(waiting.sessions() > 0);
    tile.setNote(
        waiting.since() == null
            ? I18n.t("consult.tile.waiting.empty")
            : I18n.t(
                "consult.tile.waiting.note",
                formats.time(waiting.since(), waiting.zone()),
                formats.duration((int) Math.max(1, waiting.longest().toMinutes()))));
  }
}
