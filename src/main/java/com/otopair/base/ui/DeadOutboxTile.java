package com.otopair.base.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Outbox;
import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin's dead outbox work: publications out of attempts (a mail, an audit entry, a job that
 * kept failing), marked for attention when there are any. Nothing announces a publication dying, so
 * the tile re-reads every 30 seconds while it is shown.
 */
@org.springframework.stereotype.Component
class DeadOutboxTile implements DashboardTile {

  static final Duration REFRESH = Duration.ofSeconds(30);

  private final Outbox outbox;

  DeadOutboxTile(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.ADMIN) {
      return Optional.empty();
    }
    var tile = new Tile("tile-dead-outbox", I18n.t("base.tile.outbox.heading"));
    tile.setLink(I18n.t("base.tile.outbox.open"), "admin/outbox?state=" + Outbox.State.DEAD);
    Runnable refresh =
        () -> {
          long dead = outbox.deadCount();
          tile.setFigure(Formats.current().count(dead));
          tile.setAttention(dead > 0);
          tile.setNote(I18n.t(dead > 0 ? "base.tile.outbox.some" : "base.tile.outbox.none"));
        };
    refresh.run();
    Polling.every(tile, REFRESH, refresh);
    return Optional.of(tile);
  }
}
