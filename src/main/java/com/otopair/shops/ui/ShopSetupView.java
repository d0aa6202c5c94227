package com.otopair.shops.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PublicLinks;
import com.otopair.base.Roles;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A shop owner lists a new shop; it goes live once an admin approves it. */
@Route("shop/setup")
@PageTitle("Set up your shop")
@RolesAllowed(Roles.SHOP_OWNER)
class ShopSetupView extends Main {

  final ShopForm form;
  final Button submit;

  ShopSetupView(ShopService shops, PublicLinks links) {
    addClassName("otopair-page");
    form = new ShopForm(shops, links, null);
    submit =
        new Button(
            "Submit for approval",
            e -> {
              if (!form.validate()) {
                return;
              }
              try {
                shops.submit(form.draft());
                getUI().ifPresent(ui -> ui.navigate(MyShopsView.class));
              } catch (InvalidRequestException refused) {
                form.show(refused);
              }
            });
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setId("submit-shop");
    add(
        new H2("Tell customers about your shop"),
        new Paragraph(
            "An Otopair admin checks every new shop, usually within a day; then your page goes live."),
        form,
        submit);
  }
}
