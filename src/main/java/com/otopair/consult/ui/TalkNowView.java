package com.otopair.consult.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.PlainText;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.PlaceField;
import com.otopair.base.ui.PublicPage;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.MechanicStatusChanged;
import com.otopair.consult.RemoteOffers;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Talk to a mechanic now": the remote services of shops with a mechanic online this minute, each
 * with its price up front and a way to start. Anyone can look; starting asks a visitor to sign in
 * first and brings them back to the intake. Near a place and chat or video narrow the list, and
 * live in the address. The list follows mechanics switching on and off, live.
 */
@Route(value = "talk", autoLayout = false)
@AnonymousAllowed
class TalkNowView extends PublicPage implements BeforeEnterObserver {

  final PlaceField near;
  final Select<OfferingMode> mode = new Select<>();
  final Div offers = new Div();

  private final RemoteOffers remoteOffers;
  private final boolean free;
  private final FilterUrl address;

  TalkNowView(
      RemoteOffers remoteOffers, LiveSessions live, ShopService shops, LiveUpdates updates) {
    super(I18n.t("consult.talk.title"), I18n.t("consult.talk.lead"));
    this.remoteOffers = remoteOffers;
    this.free = live.free();
    addClassName("otopair-talk-page");
    near = new PlaceField(getTranslation("consult.talk.near"), shops::suggestPlaces);
    near.setId("talk-near");
    near.setPlaceholder(getTranslation("consult.talk.near.placeholder"));
    near.setClearButtonVisible(true);
    near.setWidthFull();
    mode.setLabel(getTranslation("consult.talk.mode"));
    mode.setId("talk-mode");
    mode.setItems(OfferingMode.REMOTE_CHAT, OfferingMode.REMOTE_VIDEO);
    mode.setEmptySelectionAllowed(true);
    mode.setEmptySelectionCaption(getTranslation("consult.talk.mode.any"));
    mode.setItemLabelGenerator(
        m -> m == null ? getTranslation("consult.talk.mode.any") : m.label());
    mode.setWidthFull();
    setCardContent(near, mode);
    offers.setId("talk-offers");
    offers.addClassName("otopair-talk-offers");
    add(offers);
    address =
        FilterUrl.at("talk", this::show)
            .add(
                "near",
                near,
                text -> Optional.of(text).filter(PlainText::isLine),
                text -> text.isBlank() ? null : text.strip(),
                null)
            .choice("mode", mode, OfferingMode.class);
    // A mechanic switching on or off changes who can take a session now.
    updates.subscribe(this, MechanicStatusChanged.class, e -> show());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    address.read(event);
  }

  /** Lists what a mechanic can take now, or says nobody is online and points to booking a time. */
  private void show() {
    near.setInvalid(false);
    offers.removeAll();
    List<RemoteOffers.Offer> found;
    try {
      found = remoteOffers.onlineNow(new RemoteOffers.Query(near.getValue(), mode.getValue()));
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("near", near));
      return;
    }
    if (found.isEmpty()) {
      var find = new Anchor("find", getTranslation("consult.talk.empty.find"));
      find.addClassName("otopair-button-link");
      find.setId("talk-find");
      var empty =
          new Div(
              new H2(getTranslation("consult.talk.empty")),
              new Paragraph(getTranslation("consult.talk.empty.text")),
              find);
      empty.addClassName("otopair-card");
      empty.setId("talk-empty");
      offers.add(empty);
      return;
    }
    var count = new H2(getTranslation("consult.talk.count", found.size()));
    count.setId("talk-count");
    offers.add(count);
    found.forEach(offer -> offers.add(new TalkNowCard(offer, free)));
  }
}
