package com.otopair.consult.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.TileList;
import com.otopair.consult.SessionChanged;
import com.otopair.consult.SessionOverview;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * On a customer's home: their live sessions going on now (waiting for a mechanic, or live), each a
 * way back into it; without any, the way to talk to a mechanic now. Live on their own sessions.
 */
class CustomerSessionsTile extends Tile {

  private final SessionOverview overview;

  CustomerSessionsTile(SessionOverview overview, LiveUpdates live, UUID me) {
    super("tile-active-sessions", I18n.t("consult.tile.now.heading"));
    this.overview = overview;
    refresh();
    live.refreshOn(this, SessionChanged.class, e -> me.equals(e.customerId()), this::refresh);
  }

  void refresh() {
    List<SessionSummary> now = overview.customerNow();
    setFigure(Formats.current().count(now.size()));
    if (now.isEmpty()) {
      setContent();
      setNote(getTranslation("consult.tile.now.empty"));
      setLink(getTranslation("consult.tile.now.talk"), "talk");
      return;
    }
    var list = new TileList();
    for (SessionSummary s : now) {
      list.addItem(
          getTranslation("consult.tile.now.item", s.serviceName(), s.shopName()),
          "sessions/" + s.id(),
          s.status() == SessionStatus.ACTIVE
              ? getTranslation("consult.tile.now.with", s.whoToMeet())
              : getTranslation("consult.tile.now.waiting"),
          SessionLabels.badge(s.status()));
    }
    setContent(list);
    setNote(getTranslation("consult.tile.now.note"));
    setLink(getTranslation("consult.tile.now.all"), "my-sessions");
  }

  /** Contributes the tile to the customer's board, after their bookings. */
  @org.springframework.stereotype.Component
  static class Contribution implements DashboardTile {

    private final SessionOverview overview;
    private final LiveUpdates live;

    Contribution(SessionOverview overview, LiveUpdates live) {
      this.overview = overview;
      this.live = live;
    }

    @Override
    public int order() {
      return 20;
    }

    @Override
    public Optional<Component> tileFor(Board board) {
      if (board != Board.CUSTOMER) {
        return Optional.empty();
      }
      return CurrentUser.get().map(user -> new CustomerSessionsTile(overview, live, user.id()));
    }
  }
}
