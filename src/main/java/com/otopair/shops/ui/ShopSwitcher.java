package com.otopair.shops.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.base.ui.NavbarWidget;
import com.otopair.shops.CurrentShop;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;

/** In the top bar of an owner of several shops: which shop the owner pages work on. */
@org.springframework.stereotype.Component
class ShopSwitcher implements NavbarWidget {

  private final ShopService shops;
  private final CurrentShop current;

  ShopSwitcher(ShopService shops, CurrentShop current) {
    this.shops = shops;
    this.current = current;
  }

  @Override
  public Optional<Component> create() {
    if (CurrentUser.get().map(u -> !Roles.SHOP_OWNER.equals(u.role())).orElse(true)) {
      return Optional.empty();
    }
    List<ShopDetails> mine = shops.ownedShops();
    if (mine.size() < 2) {
      return Optional.empty();
    }
    var select = new Select<ShopDetails>();
    select.setItems(mine);
    select.setItemLabelGenerator(ShopDetails::name);
    select.setAriaLabel(I18n.t("shops.switcher.label"));
    select.setId("shop-switcher");
    select.addClassName("otopair-shop-switcher");
    current.among(mine).ifPresent(select::setValue);
    select.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            current.choose(e.getValue().id());
            select.getUI().ifPresent(ui -> ui.getPage().reload());
          }
        });
    return Optional.of(select);
  }
}
