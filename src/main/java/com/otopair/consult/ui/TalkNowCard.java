package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.ui.Badge;
import com.otopair.consult.Intakes;
import com.otopair.consult.RemoteOffers;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One remote service a mechanic can take now: the shop and its city, the service, its length and
 * price, how many mechanics are online, and "Talk now" to the intake.
 */
class TalkNowCard extends Div {

  final Anchor start;

  TalkNowCard(RemoteOffers.Offer offer, boolean free) {
    var shop = new Anchor("shops/" + offer.shop().slug(), offer.shop().name());
    shop.addClassName("otopair-strong");
    var city = new Span(offer.shop().city());
    city.addClassName("otopair-muted");
    var service = new Span(offer.service().name());
    service.addClassName("otopair-strong");
    String length = Formats.current().duration(offer.service().durationMinutes());
    var plan =
        new Paragraph(
            free
                ? getTranslation("consult.talk.plan.free", offer.service().mode().label(), length)
                : getTranslation(
                    "consult.talk.plan",
                    offer.service().mode().label(),
                    length,
                    Formats.current().money(offer.service().price())));
    var online =
        new Badge(
            getTranslation("consult.talk.online", offer.mechanicsOnline()), Badge.Tone.SUCCESS);
    start =
        new Anchor(
            "sessions/new/"
                + offer.shop().slug()
                + "/"
                + offer.service().id()
                + "?"
                + Intakes.FROM
                + "="
                + Intakes.FROM_TALK,
            getTranslation("consult.talk.start"));
    start.addClassName("otopair-button-link");
    add(shop, city, service, plan, online, start);
    addClassNames("otopair-card", "otopair-talk-offer");
  }
}
