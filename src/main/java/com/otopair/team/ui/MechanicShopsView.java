package com.otopair.team.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The shops a mechanic works at, and the way out of one. */
@Route("my-shops")
@PageTitle("team.my-shops.title")
@Menu(order = 10, icon = "vaadin:shop", title = "team.menu.my-shops")
@RolesAllowed(Roles.MECHANIC)
class MechanicShopsView extends Main {

  private final ShopService shops;
  private final ShopMembership membership;

  MechanicShopsView(ShopService shops, ShopMembership membership) {
    this.shops = shops;
    this.membership = membership;
    addClassName("otopair-page");
    refresh();
  }

  private void refresh() {
    removeAll();
    var mine = shops.myShops();
    if (mine.isEmpty()) {
      var card =
          new Div(
              new H2(getTranslation("team.my-shops.none.title")),
              new Paragraph(getTranslation("team.my-shops.none.text")));
      card.addClassName("otopair-card");
      add(card);
    }
    for (ShopDetails shop : mine) {
      var leave = new Button(getTranslation("team.my-shops.leave"), e -> confirmLeave(shop));
      leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      var card =
          new Div(new H2(shop.name()), new Paragraph(shop.street() + ", " + shop.city()), leave);
      card.addClassName("otopair-card");
      add(card);
    }
  }

  private void confirmLeave(ShopDetails shop) {
    var dialog =
        new ConfirmDialog(
            getTranslation("team.leave.title", shop.name()),
            getTranslation("team.leave.text"),
            getTranslation("team.leave.confirm"),
            e -> {
              try {
                membership.leave(shop.id());
                Feedback.success(getTranslation("team.leave.done", shop.name()));
                refresh();
              } catch (InvalidRequestException refused) {
                Feedback.error(refused.getMessage());
              }
            });
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("team.dialog.cancel"));
    dialog.setConfirmButtonTheme("error primary"); // i18n: a theme
    dialog.open();
  }
}
