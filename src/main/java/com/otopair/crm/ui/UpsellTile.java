package com.otopair.crm.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.booking.BookingConfirmed;
import com.otopair.crm.UpsellOffer;
import com.otopair.crm.Upsells;
import com.otopair.crm.UpsellsChanged;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Recommended for you" on the customer's home: the two or three most pressing recommendations,
 * each one sentence, one call to action and "Not now"; or, when nothing is due, what will show here
 * and how to get it. Live: a click, a "Not now" in another tab or a booking re-reads it.
 */
@org.springframework.stereotype.Component
class UpsellTile implements DashboardTile {

  private final Upsells upsells;
  private final LiveUpdates live;

  UpsellTile(Upsells upsells, LiveUpdates live) {
    this.upsells = upsells;
    this.live = live;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.CUSTOMER) {
      return Optional.empty();
    }
    UUID me = CurrentUser.require().id();
    var tile = new Tile("tile-upsells", I18n.t("crm.upsell.tile.heading"));
    tile.addClassName("otopair-upsell-tile");
    refresh(tile);
    live.refreshOn(tile, UpsellsChanged.class, e -> me.equals(e.customerId()), () -> refresh(tile));
    live.refreshOn(
        tile, BookingConfirmed.class, e -> me.equals(e.customerId()), () -> refresh(tile));
    return Optional.of(tile);
  }

  private void refresh(Tile tile) {
    List<UpsellOffer> offers = upsells.showOnHome(Upsells.ON_HOME);
    if (offers.isEmpty()) {
      tile.setContent();
      tile.setNote(tile.getTranslation("crm.upsell.tile.empty"));
      tile.setLink(tile.getTranslation("crm.upsell.tile.empty.action"), "find");
      return;
    }
    var list = new Div();
    list.addClassName("otopair-upsell-list");
    offers.forEach(offer -> list.add(new UpsellCard(upsells, offer, () -> refresh(tile))));
    tile.setContent(list);
    tile.setNote(null);
    tile.getLink().setVisible(false);
  }
}
