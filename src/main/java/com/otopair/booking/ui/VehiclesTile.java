package com.otopair.booking.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.TileList;
import com.otopair.booking.BookingChanged;
import com.otopair.booking.MyBookings;
import com.otopair.booking.VehicleDetails;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * On a customer's home: the vehicles they saved when booking (year, make, model, plate). Live on
 * their bookings, where a new vehicle is saved.
 */
class VehiclesTile extends Tile {

  /** How many vehicles the tile lists; the figure counts them all. */
  static final int SHOWN = 5;

  private final MyBookings bookings;

  VehiclesTile(MyBookings bookings, LiveUpdates live, UUID me) {
    super("tile-vehicles", I18n.t("booking.tile.vehicles.heading"));
    this.bookings = bookings;
    refresh();
    live.refreshOn(this, BookingChanged.class, e -> me.equals(e.customerId()), this::refresh);
  }

  void refresh() {
    List<VehicleDetails> vehicles = bookings.vehicles();
    Formats formats = Formats.current();
    setFigure(formats.count(vehicles.size()));
    if (vehicles.isEmpty()) {
      setContent();
      setNote(getTranslation("booking.tile.vehicles.empty"));
      setLink(getTranslation("booking.tile.vehicles.find"), "find");
      return;
    }
    var list = new TileList();
    for (VehicleDetails v : vehicles.stream().limit(SHOWN).toList()) {
      list.addItem(getTranslation("booking.tile.vehicles.item", v.label(), v.plate()), null, null);
    }
    if (vehicles.size() > SHOWN) {
      list.addItem(
          getTranslation("booking.tile.vehicles.more", formats.count(vehicles.size() - SHOWN)),
          null,
          null);
    }
    setContent(list);
    setNote(getTranslation("booking.tile.vehicles.note"));
    setLink(getTranslation("booking.tile.vehicles.open"), "bookings");
  }

  /** Contributes the tile to the customer's board, after the recommendations. */
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
      return 40;
    }

    @Override
    public Optional<Component> tileFor(Board board) {
      if (board != Board.CUSTOMER) {
        return Optional.empty();
      }
      return CurrentUser.get().map(user -> new VehiclesTile(bookings, live, user.id()));
    }
  }
}
