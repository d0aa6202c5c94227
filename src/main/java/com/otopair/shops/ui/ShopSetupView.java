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
@PageTitle("shops.setup.title")
@RolesAllowed(Roles.SHOP_OWNER)
class ShopSetupView extends Main {

  final ShopForm form;
  final Button submit;

  ShopSetupView(ShopService shops, PublicLinks links) {
    addClassName("otopair-page");
    form = new ShopForm(shops, links, null);
    submit =
        new Button(
            getTranslation("shops.setup.submit"),
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
        new H2(getTranslation("shops.setup.heading")),
        new Paragraph(getTranslation("shops.setup.lead")),
        form,
        submit);
  }
}
