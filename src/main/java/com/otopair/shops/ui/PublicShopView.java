package com.otopair.shops.ui;

import com.otopair.base.Formats;
import com.otopair.base.Reputation;
import com.otopair.base.ui.Brand;
import com.otopair.base.ui.PageSection;
import com.otopair.base.ui.PageSection.Page;
import com.otopair.base.ui.RatingLine;
import com.otopair.base.ui.map.MapTiles;
import com.otopair.shops.MechanicHeadlines;
import com.otopair.shops.Offering;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.OpeningStatus;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopPhoto;
import com.otopair.shops.ShopPhotos;
import com.otopair.shops.ShopRules;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A live shop's public page, laid out like a business page: a cover photo, who they are and whether
 * they're open now, their photos, how to call, find and book them, their services as cards with
 * price, duration and Book, the week's hours with today marked, and their mechanics.
 */
@Route(value = "shops/:slug", autoLayout = false)
@AnonymousAllowed
class PublicShopView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  private final ShopService shops;
  private final ServiceMenu menu;
  private final ShopPhotos photos;
  private final ObjectProvider<MechanicHeadlines> headlines;
  private final ObjectProvider<PageSection> sections;
  private final MapTiles tiles;
  private final Reputation reputation;
  private final Clock clock;
  private String title = getTranslation("shops.public.title");

  PublicShopView(
      ShopService shops,
      ServiceMenu menu,
      ShopPhotos photos,
      ObjectProvider<MechanicHeadlines> headlines,
      ObjectProvider<PageSection> sections,
      MapTiles tiles,
      ObjectProvider<Reputation> reputation,
      Clock clock) {
    this.shops = shops;
    this.menu = menu;
    this.photos = photos;
    this.headlines = headlines;
    this.sections = sections;
    this.tiles = tiles;
    this.reputation = reputation.getIfAvailable(() -> Reputation.NONE);
    this.clock = clock;
    addClassName("otopair-public-shop");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String slug = event.getRouteParameters().get("slug").orElse("");
    switch (shops.publicPage(slug)) {
      case ShopService.PublicPage.Found found -> show(found.shop());
      case ShopService.PublicPage.Moved moved ->
          event.forwardTo(PublicShopView.class, new RouteParameters("slug", moved.slug()));
      case ShopService.PublicPage.NotFound notFound ->
          event.rerouteToError(NotFoundException.class);
    }
  }

  private void show(ShopDetails shop) {
    removeAll();
    title = shop.name() + " · " + shop.city() + " · Otopair";
    Formats formats = Formats.current();
    ZoneId zone = ZoneId.of(shop.timeZone());
    List<Offering> offered = menu.publicMenu(shop.id());
    List<ShopPhoto> gallery = photos.publicPhotos(shop.id());

    var body = new Div(hero(shop, formats, zone, offered, gallery));
    if (!gallery.isEmpty()) {
      body.add(new ShopGallery(gallery, shop.name()));
    }
    body.add(services(shop, formats, offered));
    sections.orderedStream().forEach(s -> s.sectionFor(Page.SHOP, shop.id()).ifPresent(body::add));
    body.addClassName("otopair-shop-main");
    var aside = new Div(hours(shop, formats, zone), team(shop));
    aside.addClassName("otopair-shop-aside");
    var page = new Div(body, aside);
    page.addClassName("otopair-public-shop-body");
    add(Brand.header(), page);
  }

  /** Who they are, whether they're open now, how to reach them, and one way to book. */
  private Div hero(
      ShopDetails shop,
      Formats formats,
      ZoneId zone,
      List<Offering> offered,
      List<ShopPhoto> gallery) {
    var hero = new Div();
    hero.addClassName("otopair-card");
    hero.addClassName("otopair-shop-hero");
    if (!gallery.isEmpty()) {
      hero.add(ShopGallery.cover(gallery.getFirst(), shop.name()));
      hero.addClassName("otopair-shop-hero-with-cover");
    }
    Component mark;
    if (shop.logoUrl() != null) {
      var logo = new Image(shop.logoUrl(), getTranslation("shops.public.logo", shop.name()));
      logo.addClassName("otopair-shop-logo");
      logo.setId("shop-logo");
      mark = logo;
    } else {
      var avatar = new Avatar(shop.name());
      avatar.setAbbreviation(monogram(shop.name()));
      avatar.addClassName("otopair-shop-monogram");
      mark = avatar;
    }
    var name = new H1(shop.name());
    name.setId("shop-name");
    var where =
        new Paragraph(
            shop.street() + ", " + shop.city() + ", " + shop.region() + " " + shop.postalCode());
    where.addClassName("otopair-muted");
    var status = new Span(statusText(shop, formats, zone));
    status.setId("shop-open-status");
    status.addClassName("otopair-shop-status");
    status
        .getElement()
        .setAttribute(
            "data-open",
            String.valueOf(
                OpeningStatus.at(shop.openingHours(), zone, clock.instant())
                    instanceof OpeningStatus.Open));
    var identity = new Div(name, status, where);
    RatingLine.of(reputation.shop(shop.id()))
        .ifPresent(
            rating -> {
              rating.setId("shop-rating");
              identity.addComponentAtIndex(1, rating);
            });
    identity.addClassName("otopair-shop-identity");
    var top = new Div(mark, identity);
    top.addClassName("otopair-shop-hero-top");
    hero.add(top);
    ShopLocation.map(shop, tiles).ifPresent(hero::add);
    if (!shop.description().isBlank()) {
      hero.add(new Paragraph(shop.description()));
    }

    var actions = new Div();
    actions.addClassName("otopair-shop-actions");
    if (!offered.isEmpty()) {
      var book = new Anchor("book/" + shop.slug(), getTranslation("shops.public.book-service"));
      book.addClassName("otopair-button-link");
      book.setId("shop-book");
      actions.add(book);
    }
    var phone =
        new Anchor(
            "tel:" + shop.phone(),
            getTranslation("shops.public.call", ShopRules.displayPhone(shop.phone())));
    phone.addClassName("otopair-button-link-tertiary");
    actions.add(phone, ShopLocation.directions(shop));
    hero.add(actions);
    return hero;
  }

  /**
   * "GP" of "Garage du Plateau", "MM" of "Mile End Motors 2": the first letters of the first and
   * last words that start with a letter (or the first character, for a name without one).
   */
  static String monogram(String name) {
    List<String> words =
        Arrays.stream(name.trim().split("\\s+"))
            .filter(word -> Character.isLetter(word.codePointAt(0)))
            .toList();
    if (words.isEmpty()) {
      return name.trim().substring(0, 1);
    }
    String first = words.getFirst().substring(0, 1);
    String last = words.size() == 1 ? "" : words.getLast().substring(0, 1);
    return (first + last).toUpperCase(Locale.ROOT);
  }

  private String statusText(ShopDetails shop, Formats formats, ZoneId zone) {
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    return switch (OpeningStatus.at(shop.openingHours(), zone, clock.instant())) {
      case OpeningStatus.Open open ->
          open.closes().equals(LocalTime.MIDNIGHT)
              ? getTranslation("shops.public.open-until-midnight")
              : getTranslation("shops.public.open-until", formats.time(open.closes()));
      case OpeningStatus.Closed closed when closed.day().equals(today) ->
          getTranslation("shops.public.opens-today", formats.time(closed.opens()));
      case OpeningStatus.Closed closed when closed.day().equals(today.plusDays(1)) ->
          getTranslation("shops.public.opens-tomorrow", formats.time(closed.opens()));
      case OpeningStatus.Closed closed ->
          getTranslation(
              "shops.public.opens-on",
              formats.weekday(closed.day().getDayOfWeek()),
              formats.time(closed.opens()));
      case OpeningStatus.NoHours none -> getTranslation("shops.public.no-hours");
    };
  }

  /** The menu as cards: what, how long, how much, and a way to book that one service. */
  private Div services(ShopDetails shop, Formats formats, List<Offering> offered) {
    var services = new Div(new H2(getTranslation("shops.public.services")));
    services.addClassName("otopair-shop-section");
    services.setId("shop-services");
    if (offered.isEmpty()) {
      var empty = new Div(new Paragraph(getTranslation("shops.public.services.empty")));
      empty.addClassName("otopair-card");
      services.add(empty);
      return services;
    }
    var cards = new Div();
    cards.addClassName("otopair-service-cards");
    for (Offering offering : offered) {
      var name = new H3(offering.name());
      var price = new Span(formats.price(offering.price()));
      price.addClassName("otopair-service-price");
      var head = new Div(name, price);
      head.addClassName("otopair-service-head");
      var facts =
          new Paragraph(
              formats.duration(offering.durationMinutes()) + " · " + offering.mode().label());
      facts.addClassName("otopair-muted");
      var card = new Div(head, facts);
      if (!offering.description().isBlank()) {
        var about = new Paragraph(offering.description());
        about.addClassName("otopair-service-about");
        card.add(about);
      }
      var book =
          new Anchor(
              "book/" + shop.slug() + "?service=" + offering.id(),
              getTranslation("shops.public.book"));
      book.addClassName("otopair-book-link");
      book.setId("book-" + offering.id());
      book.setAriaLabel(getTranslation("shops.public.book-one", offering.name()));
      card.add(book);
      card.addClassName("otopair-card");
      card.addClassName("otopair-service-card");
      cards.add(card);
    }
    services.add(cards);
    return services;
  }

  /** The week's hours in the shop's zone, today marked. */
  private Div hours(ShopDetails shop, Formats formats, ZoneId zone) {
    DayOfWeek today = clock.instant().atZone(zone).getDayOfWeek();
    var week = new Div();
    week.addClassName("otopair-hours-table");
    for (DayOfWeek day : DayOfWeek.values()) {
      String when =
          shop.openingHours().stream()
              .filter(h -> h.day() == day)
              .findFirst()
              .map(h -> formats.time(h.opens()) + " – " + closing(formats, h))
              .orElseGet(() -> getTranslation("shops.public.closed"));
      var row = new Div(new Span(formats.weekday(day)), new Span(when));
      row.addClassName("otopair-hours-row");
      if (day == today) {
        row.addClassName("otopair-hours-today");
        row.getElement().setAttribute("aria-current", "date");
      }
      week.add(row);
    }
    var note = new Paragraph(getTranslation("shops.public.zone", formats.zone(zone)));
    note.addClassName("otopair-muted");
    var card = new Div(new H2(getTranslation("shops.hours.title")), week, note);
    card.addClassName("otopair-card");
    card.setId("shop-hours");
    return card;
  }

  private String closing(Formats formats, OpeningHours hours) {
    return hours.closes().equals(LocalTime.MIDNIGHT)
        ? getTranslation("shops.public.midnight")
        : formats.time(hours.closes());
  }

  /** The mechanics, each with their headline and a link to their profile. */
  private Div team(ShopDetails shop) {
    var team = new Div(new H2(getTranslation("shops.public.mechanics")));
    team.addClassName("otopair-card");
    team.setId("shop-mechanics");
    if (shop.mechanics().isEmpty()) {
      team.add(new Paragraph(getTranslation("shops.public.mechanics.empty")));
      return team;
    }
    Map<UUID, String> about =
        headlines
            .getIfAvailable(() -> ids -> Map.of())
            .headlines(shop.mechanics().stream().map(ShopDetails.Member::userId).toList());
    for (ShopDetails.Member mechanic : shop.mechanics()) {
      var who = new Div(new Anchor("mechanics/" + mechanic.userId(), mechanic.name()));
      String line = about.getOrDefault(mechanic.userId(), "");
      if (!line.isBlank()) {
        var detail = new Span(line);
        detail.addClassName("otopair-muted");
        who.add(detail);
      }
      who.addClassName("otopair-mechanic-text");
      var row = new Div(new Avatar(mechanic.name()), who);
      row.addClassName("otopair-mechanic-row");
      team.add(row);
    }
    return team;
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
