package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.booking.BookingChanged;
import com.otopair.booking.OwnerBoard;
import com.otopair.shops.CurrentShop;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner's home: of the last 30 days' bookings (those that came due or were cancelled), how many
 * the customer missed and how many the customer cancelled inside the cancellation window. Moves
 * when a booking is cancelled or marked missed.
 */
@org.springframework.stereotype.Component
class MissedBookingsTile implements DashboardTile {

  private final OwnerBoard board;
  private final CurrentShop current;
  private final LiveUpdates live;

  MissedBookingsTile(OwnerBoard board, CurrentShop current, LiveUpdates live) {
    this.board = board;
    this.current = current;
    this.live = live;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.OWNER) {
      return Optional.empty();
    }
    return current.owned().map(shop -> tile(shop.id()));
  }

  private Tile tile(UUID shopId) {
    var tile = new Tile("tile-missed-bookings", I18n.t("booking.tile.missed"));
    Runnable refresh = () -> fill(tile, shopId);
    refresh.run();
    live.refreshOn(tile, BookingChanged.class, e -> shopId.equals(e.shopId()), refresh::run);
    tile.setLink(I18n.t("booking.tile.missed.open"), "shop-bookings");
    return tile;
  }

  private void fill(Tile tile, UUID shopId) {
    OwnerBoard.Missed missed = board.missed(shopId);
    Formats formats = Formats.current();
    if (missed.settled() == 0) {
      tile.setFigure(null);
      tile.setContent();
      tile.setNote(I18n.t("booking.tile.missed.empty", OwnerBoard.RATE_DAYS));
      return;
    }
    tile.setFigure(null);
    var list =
        new UnorderedList(
            new ListItem(
                I18n.t(
                    "booking.tile.missed.no-shows",
                    formats.share(missed.noShowShare()),
                    formats.count(missed.noShows()))),
            new ListItem(
                I18n.t(
                    "booking.tile.missed.late",
                    formats.share(missed.lateShare()),
                    formats.count(missed.lateCancellations()))));
    list.addClassName("otopair-tile-list");
    list.setId("missed-rates");
    tile.setContent(list);
    tile.setNote(
        I18n.t(
            "booking.tile.missed.note",
            formats.count(missed.settled()),
            OwnerBoard.RATE_DAYS,
            formats.duration((int) missed.window().toMinutes())));
  }
}
