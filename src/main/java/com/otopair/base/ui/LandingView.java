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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public front page. Signed-in users go straight to their home. */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
public class LandingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  LandingView() {
    addClassName("otopair-landing");

    var signIn = new Anchor("login", getTranslation("base.landing.sign-in"));
    signIn.setId("landing-sign-in");
    var signUp = new Anchor("signup", getTranslation("base.landing.sign-up"));
    signUp.addClassName("otopair-button-link");
    var header = new Header(Brand.logo(), new Div(new LanguageSwitch(), signIn, signUp));
    header.addClassName("otopair-landing-header");

    var title = new H1(getTranslation("base.landing.heading"));
    var lead = new Paragraph(getTranslation("base.landing.lead"));
    lead.addClassName("otopair-lead");
    var start = new Anchor("find", getTranslation("base.landing.find"));
    start.addClassNames("otopair-button-link", "otopair-button-link-large");
    start.setId("landing-get-started");
    var talkNow = new Anchor("talk", getTranslation("base.landing.talk-now"));
    talkNow.addClassNames("otopair-button-link-secondary", "otopair-button-link-large");
    talkNow.setId("landing-talk-now");
    var listShop = new Anchor("list-your-shop", getTranslation("base.landing.list-shop"));
    listShop.addClassNames("otopair-button-link-tertiary", "otopair-button-link-large");
    listShop.setId("landing-list-shop");
    var actions = new Div(start, talkNow, listShop);
    actions.addClassName("otopair-actions");
    var hero = new Section(title, lead, actions);
    hero.addClassName("otopair-hero");

    var cards =
        new Div(
            card("base.landing.prices"),
            card("base.landing.track-record"),
            card("base.landing.remote"));
    cards.addClassName("otopair-feature-grid");

    add(header, hero, cards);
  }

  /** A feature: its heading is {@code key}, its sentence {@code key.text}. */
  private Div card(String key) {
    var card = new Div(new H2(getTranslation(key)), new Paragraph(getTranslation(key + ".text")));
    card.addClassName("otopair-card");
    return card;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("base.landing.title");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentUser.get().isPresent()) {
      event.forwardTo("home");
    }
  }
}
