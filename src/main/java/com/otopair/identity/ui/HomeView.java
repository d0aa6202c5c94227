package com.otopair.identity.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Feedback;
import com.otopair.identity.AccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where each signed-in person lands: a greeting, the email confirmation reminder until it is done,
 * and their role's live dashboard, made of the {@link DashboardTile}s the modules contribute (each
 * tile keeps itself current). A board with no tiles yet (an owner before their shop exists) shows
 * the next step for the role instead.
 */
@Route("home")
@PageTitle("identity.home.title")
@Menu(order = 0, icon = "vaadin:home", title = "identity.menu.home")
@PermitAll
class HomeView extends Main {

  HomeView(AccountService accounts, List<DashboardTile> tiles) {
    addClassName("otopair-page");
    SignedInUser user = CurrentUser.require();
    var greeting = new H2(getTranslation("identity.home.greeting", firstName(user.displayName())));
    greeting.setId("home-greeting");
    add(greeting);

    if (!accounts.isCurrentUserVerified()) {
      var resend =
          new Button(
              getTranslation("identity.home.verify.resend"),
              e ->
                  Feedback.run(
                      accounts::resendVerification,
                      getTranslation("identity.home.verify.resent", user.email())));
      resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(
          card(
              getTranslation("identity.home.verify.heading"),
              getTranslation("identity.home.verify.text", user.email()),
              resend,
              "otopair-attention"));
    }

    DashboardTile.Board board = board(user.role());
    List<Component> shown =
        tiles.stream()
            .sorted(Comparator.comparingInt(DashboardTile::order))
            .flatMap(tile -> tile.tileFor(board).stream())
            .toList();
    if (!shown.isEmpty()) {
      var dashboard = new Div();
      dashboard.setId("dashboard");
      dashboard.addClassName("otopair-dashboard");
      shown.forEach(dashboard::add);
      add(dashboard);
      return;
    }

    switch (user.role()) {
      case Roles.SHOP_OWNER -> {
        var shops =
            new Button(
                getTranslation("identity.home.owner.shop.action"),
                e -> getUI().ifPresent(ui -> ui.navigate("shop")));
        shops.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
            card(
                getTranslation("identity.home.owner.shop.heading"),
                getTranslation("identity.home.owner.shop.text"),
                shops,
                null),
            card(
                getTranslation("identity.home.owner.hours.heading"),
                getTranslation("identity.home.owner.hours.text"),
                scheduleButton("identity.home.owner.hours.action"),
                null));
      }
      case Roles.MECHANIC ->
          add(
              card(
                  getTranslation("identity.home.mechanic.work.heading"),
                  getTranslation("identity.home.mechanic.work.text"),
                  profileButton(),
                  null),
              card(
                  getTranslation("identity.home.mechanic.hours.heading"),
                  getTranslation("identity.home.mechanic.hours.text"),
                  scheduleButton("identity.home.mechanic.hours.action"),
                  null));
      default ->
          add(
              card(
                  getTranslation("identity.home.customer.heading"),
                  getTranslation("identity.home.customer.text"),
                  profileButton(),
                  null));
    }
  }

  private Button scheduleButton(String labelKey) {
    var button =
        new Button(getTranslation(labelKey), e -> getUI().ifPresent(ui -> ui.navigate("schedule")));
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  private Button profileButton() {
    var button =
        new Button(
            getTranslation("identity.home.profile-action"),
            e -> getUI().ifPresent(ui -> ui.navigate("profile")));
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  private static Div card(String heading, String text, Button action, @Nullable String extraClass) {
    var card = new Div(new H2(heading), new Paragraph(text), action);
    card.addClassName("otopair-card");
    if (extraClass != null) {
      card.addClassName(extraClass);
    }
    return card;
  }

  private static String firstName(String displayName) {
    int space = displayName.indexOf(' ');
    return space > 0 ? displayName.substring(0, space) : displayName;
  }

  private static DashboardTile.Board board(String role) {
    return switch (role) {
      case Roles.ADMIN -> DashboardTile.Board.ADMIN;
      case Roles.SHOP_OWNER -> DashboardTile.Board.OWNER;
      case Roles.MECHANIC -> DashboardTile.Board.MECHANIC;
      default -> DashboardTile.Board.CUSTOMER;
    };
  }
}
