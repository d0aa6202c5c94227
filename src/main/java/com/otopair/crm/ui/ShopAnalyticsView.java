package com.otopair.crm.ui;

import com.otopair.base.Roles;
import com.otopair.crm.Analytics;
import com.otopair.shops.CurrentShop;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopScope;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One shop's analytics, for its owner: the shop chosen in the top bar (or, from a link, another of
 * the owner's shops named by {@code ?shop=}; a shop that isn't theirs is ignored), in its currency,
 * by days in its time zone.
 */
@Route("shop/analytics")
@PageTitle("crm.analytics.title.shop")
@Menu(order = 19, icon = "vaadin:chart", title = "crm.analytics.menu.shop")
@RolesAllowed(Roles.SHOP_OWNER)
class ShopAnalyticsView extends Main implements BeforeEnterObserver {

  private final Analytics analytics;
  private final CurrentShop current;
  private final Clock clock;
  private final List<ShopDetails> mine;
  private final H2 heading = new H2();
  @Nullable AnalyticsBoard board;
  @Nullable ShopDetails shop;

  ShopAnalyticsView(Analytics analytics, ShopService shops, CurrentShop current, Clock clock) {
    this.analytics = analytics;
    this.current = current;
    this.clock = clock;
    this.mine = shops.ownedShops();
    addClassNames("otopair-page", "otopair-analytics-page");
    heading.addClassName("otopair-page-title");
    heading.setId("analytics-heading");
    add(heading);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var asked = event.getLocation().getQueryParameters().getSingleParameter("shop");
    var chosen =
        asked.flatMap(id -> mine.stream().filter(s -> s.id().toString().equals(id)).findFirst());
    chosen.ifPresent(s -> current.choose(s.id()));
    ShopDetails found = chosen.or(() -> current.among(mine)).orElse(null);
    if (found == null) {
      heading.setText(getTranslation("crm.analytics.title.shop"));
      var card =
          new Div(
              new H2(getTranslation("crm.analytics.no-shop.title")),
              new Paragraph(getTranslation("crm.analytics.no-shop.text")));
      card.addClassName("otopair-card");
      card.setId("analytics-no-shop");
      removeAll();
      add(heading, card);
      return;
    }
    if (board == null || shop == null || !shop.id().equals(found.id())) {
      if (board != null) {
        remove(board);
      }
      shop = found;
      heading.setText(getTranslation("crm.analytics.heading.shop", found.name()));
      board =
          new AnalyticsBoard(
              analytics,
              found.id(),
              ZoneId.of(found.timeZone()),
              ShopScope.currencyOf(found.country()),
              "shop/analytics",
              clock);
      add(board);
    }
    board.read(event);
  }

  @Nullable Location filterLocation() {
    return board == null ? null : board.location();
  }
}
