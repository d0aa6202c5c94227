package com.otopair.identity.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Polling;
import com.otopair.base.ui.Tile;
import com.otopair.identity.ActiveUsers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin's "active users now": signed-in people whose browser was heard from in the last five
 * minutes on any node, split by role, and how many in the last day. No event says "a minute
 * passed", so the tile re-reads every 30 seconds while it is shown.
 */
@org.springframework.stereotype.Component
class ActiveUsersTile implements DashboardTile {

  static final Duration REFRESH = Duration.ofSeconds(30);

  private final ActiveUsers active;

  ActiveUsersTile(ActiveUsers active) {
    this.active = active;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.ADMIN) {
      return Optional.empty();
    }
    var tile = new Tile("tile-active-users", I18n.t("identity.tile.active.heading"));
    var roles = new UnorderedList();
    roles.addClassName("otopair-tile-roles");
    Runnable refresh =
        () -> {
          ActiveUsers.Count count = active.count();
          Formats formats = Formats.current();
          tile.setFigure(formats.count(count.now()));
          roles.removeAll();
          count
              .byRole()
              .forEach(
                  (role, people) -> {
                    var item =
                        new ListItem(
                            I18n.t(
                                "identity.tile.active.role",
                                Roles.label(role),
                                formats.count(people)));
                    item.getElement().setAttribute("data-role", role);
                    roles.add(item);
                  });
          tile.setContent(roles);
          tile.setNote(I18n.t("identity.tile.active.note", formats.count(count.lastDay())));
        };
    refresh.run();
    tile.setLink(I18n.t("identity.tile.active.open"), "admin/users");
    Polling.every(tile, REFRESH, refresh);
    return Optional.of(tile);
  }
}
