package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.booking.BookingChanged;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.OwnerBoard;
import com.otopair.shops.CurrentShop;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The owner's home: how many bookings today (the shop's day), the next few with time, customer,
 * service and mechanic, and tomorrow's count; moves as soon as a booking is made, moved or
 * cancelled anywhere.
 */
@org.springframework.stereotype.Component
class TodayBookingsTile implements DashboardTile {

  private final OwnerBoard board;
  private final CurrentShop current;
  private final LiveUpdates live;

  TodayBookingsTile(OwnerBoard board, CurrentShop current, LiveUpdates live) {
    this.board = board;
    this.current = current;
    this.live = live;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.OWNER) {
      return Optional.empty();
    }
    return current.owned().map(shop -> tile(shop.id()));
  }

  private Tile tile(UUID shopId) {
    var tile = new Tile("tile-bookings-today", I18n.t("booking.tile.today"));
    Runnable refresh = () -> fill(tile, shopId);
    refresh.run();
    live.refreshOn(tile, BookingChanged.class, e -> shopId.equals(e.shopId()), refresh::run);
    live.refreshOn(tile, BookingConfirmed.class, e -> shopId.equals(e.shopId()), refresh::run);
    return tile;
  }

  private void fill(Tile tile, UUID shopId) {
    OwnerBoard.Days days = board.days(shopId);
    Formats formats = Formats.current();
    tile.setFigure(formats.count(days.today()));
    if (days.next().isEmpty()) {
      tile.setContent();
    } else {
      var list = new UnorderedList();
      list.addClassName("otopair-tile-list");
      for (OwnerBoard.Coming coming : days.next()) {
        String time = formats.time(coming.start(), days.zone());
        boolean today = LocalDate.ofInstant(coming.start(), days.zone()).equals(days.day());
        var when = new Span(today ? time : I18n.t("booking.tile.today.tomorrow-at", time));
        when.addClassName("otopair-tile-list-when");
        list.add(
            new ListItem(
                when,
                new Span(
                    I18n.t(
                        "booking.tile.today.item",
                        coming.customerFirstName(),
                        coming.serviceName(),
                        coming.mechanicName()))));
      }
      tile.setContent(list);
    }
    if (days.today() == 0 && days.tomorrow() == 0) {
      tile.setNote(I18n.t("booking.tile.today.empty"));
      tile.setLink(I18n.t("booking.tile.today.calendar"), "schedule");
    } else {
      tile.setNote(I18n.t("booking.tile.today.tomorrow", formats.count(days.tomorrow())));
      tile.setLink(I18n.t("booking.tile.today.open"), "shop-bookings");
    }
  }
}
