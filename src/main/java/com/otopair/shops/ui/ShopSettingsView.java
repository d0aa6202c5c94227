package com.otopair.shops.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PublicLinks;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.ImageUpload;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopPhotos;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * The owner edits a shop's details (including its page address), its photos and its service menu.
 */
@Route("shop/:shopId/settings")
@PageTitle("shops.settings.title")
@RolesAllowed(Roles.SHOP_OWNER)
class ShopSettingsView extends Main implements BeforeEnterObserver {

  private final ShopService shops;
  private final ServiceMenu menu;
  private final PublicLinks links;
  private final ShopPhotos photos;
  ShopForm form;
  ServiceMenuEditor services;
  ShopPhotosEditor gallery;

  ShopSettingsView(ShopService shops, ServiceMenu menu, PublicLinks links, ShopPhotos photos) {
    this.shops = shops;
    this.menu = menu;
    this.links = links;
    this.photos = photos;
    addClassName("otopair-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    UUID shopId;
    try {
      shopId = UUID.fromString(event.getRouteParameters().get("shopId").orElse(""));
      form = new ShopForm(shops, links, shops.ownShop(shopId));
    } catch (IllegalArgumentException | InvalidRequestException notYours) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    var save =
        new Button(
            getTranslation("shops.settings.save"),
            e -> {
              if (!form.validate()) {
                return;
              }
              try {
                shops.update(shopId, form.draft());
                Feedback.success(getTranslation("shops.settings.saved"));
              } catch (InvalidRequestException refused) {
                form.show(refused);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save-shop");
    services = new ServiceMenuEditor(menu, shopId);
    var logo =
        new ImageUpload(
            getTranslation("shops.settings.no-logo"),
            shops.ownShop(shopId).logoUrl(),
            bytes -> shops.setLogo(shopId, bytes));
    var details = new Div(logo, form, save);
    details.addClassName("otopair-card");
    gallery = new ShopPhotosEditor(photos, shopId, form.name.getValue());
    removeAll();
    add(new H2(form.name.getValue()), details, gallery, services);
  }
}
