package com.otopair.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A tile a module adds to a home dashboard, so the home page depends on no module: the booking
 * module adds today's bookings to the owner's board, payments the revenue, reviews the rating
 * trend. Implementations are Spring beans; each answers for the signed-in user (and, for owners,
 * the {@code CurrentShop}), and keeps its tile current itself by subscribing the tile to {@code
 * LiveUpdates} (the tile re-reads the database when an event for its shop or user arrives).
 *
 * <p>A tile is a {@link Tile}: one heading, one figure or short list, one sentence, one link to the
 * list it summarises.
 */
public interface DashboardTile {

  /** Whose home the tile is for. */
  enum Board {
    OWNER,
    MECHANIC,
    CUSTOMER,
    ADMIN
  }

  /** Where the tile sits on its board: lower first (see the orders in each module's tiles). */
  int order();

  /** The tile for the signed-in user on {@code board}, or empty when it has nothing there. */
  Optional<Component> tileFor(Board board);
}
