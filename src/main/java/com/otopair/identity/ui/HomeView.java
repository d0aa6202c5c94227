package com.otopair.identity.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.base.ui.Feedback;
import com.otopair.identity.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * Where each signed-in person lands: a greeting, the email confirmation reminder until it is done,
 * and the next step for their role. Admins go to the Users view.
 */
@Route("home")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Main implements BeforeEnterObserver {

  HomeView(AccountService accounts) {
    addClassName("otopair-page");
    SignedInUser user = CurrentUser.require();
    var greeting = new H2("Hello, " + firstName(user.displayName()));
    greeting.setId("home-greeting");
    add(greeting);

    if (!accounts.isCurrentUserVerified()) {
      var resend =
          new Button(
              "Send the link again",
              e -> {
                accounts.resendVerification();
                Feedback.success("We sent a new confirmation link to " + user.email());
              });
      resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(
          card(
              "Confirm your email",
              "We sent a link to "
                  + user.email()
                  + ". Confirm it to book repairs and list your shop.",
              resend,
              "otopair-attention"));
    }

    switch (user.role()) {
      case Roles.SHOP_OWNER -> {
        var shops =
            new Button("Open your shops", e -> getUI().ifPresent(ui -> ui.navigate("shop")));
        shops.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
            card(
                "Your shop",
                "Set up your shop's page, follow its approval, and keep its details current.",
                shops,
                null),
            card(
                "Your team's hours",
                "Draw when your mechanics can be booked, and at what price.",
                scheduleButton("Open the schedule"),
                null));
      }
      case Roles.MECHANIC ->
          add(
              card(
                  "Your work",
                  "Your jobs and live sessions will appear here as soon as customers book you.",
                  profileButton(),
                  null),
              card(
                  "Your hours",
                  "Set when customers can book you; peak hours can cost more.",
                  scheduleButton("Open your schedule"),
                  null));
      default ->
          add(
              card(
                  "Your bookings",
                  "You have no bookings yet. Add your phone number so your mechanic can reach you.",
                  profileButton(),
                  null));
    }
  }

  private Button scheduleButton(String label) {
    var button = new Button(label, e -> getUI().ifPresent(ui -> ui.navigate("schedule")));
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  private Button profileButton() {
    var button =
        new Button("Open your profile", e -> getUI().ifPresent(ui -> ui.navigate("profile")));
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

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentUser.get().map(u -> Roles.ADMIN.equals(u.role())).orElse(false)) {
      event.forwardTo("admin/users");
    }
  }
}
