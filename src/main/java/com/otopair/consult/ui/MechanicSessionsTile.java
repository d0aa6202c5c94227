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
import com.otopair.consult.SessionSummary;
import com.otopair.shops.ShopMembership;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * On a mechanic's home: the session they are in (a way back into it), the sessions booked with them
 * today, and how many they saw through this week. Live on any session of their shops.
 */
class MechanicSessionsTile extends Tile {

  private final SessionOverview overview;

  MechanicSessionsTile(SessionOverview overview, LiveUpdates live, Set<UUID> myShops) {
    super("tile-my-sessions", I18n.t("consult.tile.mine.heading"));
    this.overview = overview;
    setLink(getTranslation("consult.tile.mine.open"), "sessions");
    refresh();
    live.refreshOn(this, SessionChanged.class, e -> myShops.contains(e.shopId()), this::refresh);
  }

  void refresh() {
    SessionOverview.MechanicDay day = overview.mechanicDay();
    Formats formats = Formats.current();
    setFigure(formats.count(day.endedThisWeek()));
    setNote(getTranslation("consult.tile.mine.note"));
    List<Component> shown = new ArrayList<>();
    SessionSummary active = day.active();
    if (active != null) {
      var back =
          new Anchor(
              "sessions/" + active.id(),
              getTranslation("consult.tile.mine.active", firstName(active.customerName())));
      back.setId("tile-my-sessions-active");
      back.addClassName("otopair-tile-primary-link");
      shown.add(back);
    }
    if (day.bookedToday().isEmpty()) {
      var none = new Paragraph(getTranslation("consult.tile.mine.booked.none"));
      none.addClassName("otopair-tile-empty");
      shown.add(none);
    } else {
      var booked = new TileList();
      booked.setId("tile-my-sessions-booked");
      for (SessionSummary s : day.bookedToday()) {
        Instant at = Objects.requireNonNull(s.startsAt());
        booked.addItem(
            getTranslation(
                "consult.tile.mine.booked",
                formats.time(at, s.zone()),
                firstName(s.customerName()),
                s.serviceName()),
            "sessions/" + s.id(),
            null,
            SessionLabels.badge(s.status()));
      }
      shown.add(booked);
    }
    setContent(shown.toArray(Component[]::new));
  }

  static String firstName(String name) {
    String trimmed = name.strip();
    int space = trimmed.indexOf(' ');
    return space > 0 ? trimmed.substring(0, space) : trimmed;
  }

  /** Contributes the tile to the mechanic's board, after their jobs. */
  @org.springframework.stereotype.Component
  static class Contribution implements DashboardTile {

    private final SessionOverview overview;
    private final ShopMembership membership;
    private final LiveUpdates live;

    Contribution(SessionOverview overview, ShopMembership membership, LiveUpdates live) {
      this.overview = overview;
      this.membership = membership;
      this.live = live;
    }

    @Override
    public int order() {
      return 30;
    }

    @Override
    public Optional<Component> tileFor(Board board) {
      if (board != Board.MECHANIC) {
        return Optional.empty();
      }
      return CurrentUser.get()
          .map(
              user ->
                  new MechanicSessionsTile(
                      overview, live, Set.copyOf(membership.workplaces(user.id()).keySet())));
    }
  }
}
