package com.otopair.booking.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.TileList;
import com.otopair.booking.BookingChanged;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.MyBookings;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * On a customer's home: how many bookings they have to come, and the next three (shop, service, and
 * the time in the shop's zone, the zone named). Live on their own bookings, wherever they change.
 */
class UpcomingBookingsTile extends Tile {

  private final MyBookings bookings;

  UpcomingBookingsTile(MyBookings bookings, LiveUpdates live, UUID me) {
    super("tile-upcoming-bookings", I18n.t("booking.tile.upcoming.heading"));
    this.bookings = bookings;
    refresh();
    live.refreshOn(this, BookingChanged.class, e -> me.equals(e.customerId()), this::refresh);
  }

  void refresh() {
    MyBookings.Upcoming upcoming = bookings.upcoming();
    Formats formats = Formats.current();
    setFigure(formats.count(upcoming.count()));
    if (upcoming.next().isEmpty()) {
      setContent();
      setNote(getTranslation("booking.tile.upcoming.empty"));
      setLink(getTranslation("booking.tile.upcoming.find"), "find");
      return;
    }
    var list = new TileList();
    for (BookingSummary b : upcoming.next()) {
      list.addItem(
          getTranslation("booking.tile.upcoming.item", b.serviceName(), b.shopName()),
          "bookings/" + b.id(),
          formats.when(b.start(), b.zone()));
    }
    setContent(list);
    long more = upcoming.count() - upcoming.next().size();
    setNote(
        more > 0
            ? getTranslation("booking.tile.upcoming.more", formats.count(more))
            : getTranslation("booking.tile.upcoming.note"));
    setLink(getTranslation("booking.tile.upcoming.all"), "bookings");
  }

  /** Contributes the tile to the customer's board, first. */
  @org.springframework.stereotype.Component
  static class Contribution implements DashboardTile {

    private final MyBookings bookings;
    private final LiveUpdates live;

    Contribution(MyBookings bookings, LiveUpdates live) {
      this.bookings = bookings;
      this.live = live;
    }

    @Override
    public int order() {
      return 10;
    }

    @Override
    public Optional<Component> tileFor(Board board) {
      if (board != Board.CUSTOMER) {
        return Optional.empty();
      }
      return CurrentUser.get().map(user -> new UpcomingBookingsTile(bookings, live, user.id()));
    }
  }
}
