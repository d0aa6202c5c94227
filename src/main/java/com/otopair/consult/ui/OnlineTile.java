package com.otopair.consult.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.consult.MechanicPresence;
import com.otopair.consult.MechanicStatusChanged;
import com.otopair.consult.SessionChanged;
import com.otopair.consult.SessionOverview;
import com.otopair.shops.ShopMembership;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * On a mechanic's home: the online switch (the top bar's control, the same service call) and how
 * many customers wait at their shops for a mechanic now. Live: a session requested, claimed or
 * given up at one of their shops, or the switch turned on another screen, re-reads it.
 */
class OnlineTile extends Tile {

  private final SessionOverview overview;
  private final MechanicPresence presence;
  private final UUID me;

  OnlineTile(
      SessionOverview overview,
      MechanicPresence presence,
      LiveUpdates live,
      UUID me,
      Set<UUID> myShops) {
    super("tile-online", I18n.t("consult.tile.online.heading"));
    this.overview = overview;
    this.presence = presence;
    this.me = me;
    setContent(OnlineSwitch.onHome(presence, live, me));
    setLink(getTranslation("consult.tile.online.open"), "sessions");
    refresh();
    live.refreshOn(this, SessionChanged.class, e -> myShops.contains(e.shopId()), this::refresh);
    live.refreshOn(
        this, MechanicStatusChanged.class, e -> me.equals(e.mechanicId()), this::refresh);
  }

  void refresh() {
    long waiting = overview.waitingForMe();
    boolean online = presence.isOnline(me);
    setFigure(Formats.current().count(waiting));
    setNote(
        getTranslation(
            online
                ? (waiting == 0 ? "consult.tile.online.none" : "consult.tile.online.waiting")
                : (waiting == 0
                    ? "consult.tile.online.offline"
                    : "consult.tile.online.offline-waiting")));
  }

  /** Contributes the tile to the mechanic's board, first. */
  @org.springframework.stereotype.Component
  static class Contribution implements DashboardTile {

    private final SessionOverview overview;
    private final MechanicPresence presence;
    private final ShopMembership membership;
    private final LiveUpdates live;

    Contribution(
        SessionOverview overview,
        MechanicPresence presence,
        ShopMembership membership,
        LiveUpdates live) {
      this.overview = overview;
      this.presence = presence;
      this.membership = membership;
      this.live = live;
    }

    @Override
    public int order() {
      return 10;
    }

    @Override
    public Optional<Component> tileFor(Board board) {
      if (board != Board.MECHANIC) {
        return Optional.empty();
      }
      return CurrentUser.get()
          .map(
              user ->
                  new OnlineTile(
                      overview,
                      presence,
                      live,
                      user.id(),
                      Set.copyOf(membership.workplaces(user.id()).keySet())));
    }
  }
}
