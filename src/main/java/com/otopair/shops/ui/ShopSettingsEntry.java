package com.otopair.shops.ui;

import com.otopair.base.Roles;
import com.otopair.shops.CurrentShop;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The menu's way to the settings (details, logo, service menu) of the shop the owner is working on
 * (the top bar's switcher chooses it), live or not; an owner without a shop is sent to set one up.
 */
@Route("shop/settings")
@PageTitle("shops.settings.menu")
@Menu(order = 21, icon = "vaadin:cog", title = "shops.settings.menu")
@RolesAllowed(Roles.SHOP_OWNER)
class ShopSettingsEntry extends Main implements BeforeEnterObserver {

  private final ShopService shops;
  private final CurrentShop current;

  ShopSettingsEntry(ShopService shops, CurrentShop current) {
    this.shops = shops;
    this.current = current;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<ShopDetails> shop = current.among(shops.ownedShops());
    if (shop.isEmpty()) {
      event.forwardTo(ShopSetupView.class);
      return;
    }
    event.forwardTo(
        ShopSettingsView.class, new RouteParameters("shopId", shop.get().id().toString()));
  }
}
