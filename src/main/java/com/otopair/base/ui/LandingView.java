package com.otopair.base.ui;

import com.otopair.base.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public front page. Signed-in users go straight to their home. */
@Route(value = "", autoLayout = false)
@PageTitle("Otopair: car repair you can trust")
@AnonymousAllowed
public class LandingView extends Main implements BeforeEnterObserver {

  LandingView() {
    addClassName("otopair-landing");

    var signIn = new Anchor("login", "Sign in");
    signIn.setId("landing-sign-in");
    var signUp = new Anchor("signup", "Create an account");
    signUp.addClassName("otopair-button-link");
    var header = new Header(Brand.logo(), new Div(signIn, signUp));
    header.addClassName("otopair-landing-header");

    var title = new H1("Car repair you can trust, booked in minutes");
    var lead =
        new Paragraph(
            "Find a rated mechanic near you, book a slot or a live video session, and pay when the"
                + " work is done.");
    lead.addClassName("otopair-lead");
    var start = new Anchor("find", "Find a mechanic");
    start.addClassNames("otopair-button-link", "otopair-button-link-large");
    start.setId("landing-get-started");
    var listShop = new Anchor("list-your-shop", "List your shop");
    listShop.addClassNames("otopair-button-link-tertiary", "otopair-button-link-large");
    listShop.setId("landing-list-shop");
    var actions = new Div(start, listShop);
    actions.addClassName("otopair-actions");
    var hero = new Section(title, lead, actions);
    hero.addClassName("otopair-hero");

    var cards =
        new Div(
            card(
                "Honest prices up front",
                "Every slot shows its price before you book, peak hours included."),
            card(
                "Mechanics with a track record",
                "Shops are approved by Otopair and rated by the customers they served."),
            card(
                "Help without the drive",
                "Start with a remote chat or video session and book the shop only if you need it."));
    cards.addClassName("otopair-feature-grid");

    add(header, hero, cards);
  }

  private static Div card(String heading, String text) {
    var card = new Div(new H2(heading), new Paragraph(text));
    card.addClassName("otopair-card");
    return card;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentUser.get().isPresent()) {
      event.forwardTo("home");
    }
  }
}
