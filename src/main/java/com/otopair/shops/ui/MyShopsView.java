package com.otopair.shops.ui;

import com.otopair.base.LiveUpdates;
import com.otopair.base.PublicLinks;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.otopair.shops.ShopStatus;
import com.otopair.shops.ShopStatusChanged;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** The owner's shops, each with where it stands and its next step; updates live on approval. */
@Route("shop")
@PageTitle("shops.mine.title")
@Menu(order = 10, icon = "vaadin:shop", title = "shops.mine.title")
@RolesAllowed(Roles.SHOP_OWNER)
class MyShopsView extends Main {

  private final ShopService shops;
  private final PublicLinks links;
  private final Div cards = new Div();

  MyShopsView(ShopService shops, PublicLinks links, LiveUpdates live) {
    this.shops = shops;
    this.links = links;
    addClassName("otopair-page");
    cards.addClassName("otopair-card-list");
    var add = new Button(getTranslation("shops.mine.add"), e -> navigate(ShopSetupView.class));
    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add.setId("add-shop");
    add(cards, add);
    refresh();
    live.subscribe(this, ShopStatusChanged.class, change -> refresh());
  }

  private void refresh() {
    cards.removeAll();
    var mine = shops.myShops();
    if (mine.isEmpty()) {
      var setup =
          new Button(getTranslation("shops.setup.title"), e -> navigate(ShopSetupView.class));
      setup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      cards.add(
          card(
              getTranslation("shops.mine.empty.heading"),
              getTranslation("shops.mine.empty.text"),
              setup,
              null));
      return;
    }
    for (ShopDetails shop : mine) {
      cards.add(shopCard(shop));
    }
  }

  private Component shopCard(ShopDetails shop) {
    var badge =
        new Badge(
            shop.status().label(),
            switch (shop.status()) {
              case ACTIVE -> Tone.SUCCESS;
              case DEACTIVATED -> Tone.ERROR;
              case PENDING_APPROVAL -> Tone.NEUTRAL;
            });
    String text =
        switch (shop.status()) {
          case PENDING_APPROVAL -> getTranslation("shops.mine.pending");
          case ACTIVE -> getTranslation("shops.mine.live", links.display("shops/" + shop.slug()));
          case DEACTIVATED -> getTranslation("shops.mine.deactivated", shop.deactivationReason());
        };
    Component action =
        shop.status() == ShopStatus.ACTIVE
            ? new Anchor("shops/" + shop.slug(), getTranslation("shops.mine.public-page"))
            : settingsButton(shop);
    var card = card(shop.name(), text, action, badge);
    card.setId("shop-" + shop.slug());
    return card;
  }

  private Button settingsButton(ShopDetails shop) {
    var edit =
        new Button(
            getTranslation("shops.mine.edit"),
            e ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.navigate(
                                ShopSettingsView.class,
                                new RouteParameters("shopId", shop.id().toString()))));
    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return edit;
  }

  private static Div card(
      String heading, String text, Component action, @Nullable Component badge) {
    var title = new H2(heading);
    if (badge != null) {
      title.add(new Span(" "), badge);
    }
    var card = new Div(title, new Paragraph(text), action);
    card.addClassName("otopair-card");
    return card;
  }

  private void navigate(Class<? extends Component> view) {
    getUI().ifPresent(ui -> ui.navigate(view));
  }
}
