package com.otopair.shops.ui;

import com.otopair.base.Formats;
import com.otopair.base.ui.Brand;
import com.otopair.shops.MechanicHeadlines;
import com.otopair.shops.Offering;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopRules;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A live shop's public page: who they are, where, what they offer at what price, when they are
 * open, and their mechanics.
 */
@Route(value = "shops/:slug", autoLayout = false)
@AnonymousAllowed
class PublicShopView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  private final ShopService shops;
  private final ServiceMenu menu;
  private final ObjectProvider<MechanicHeadlines> headlines;
  private String title = "Shop";

  PublicShopView(ShopService shops, ServiceMenu menu, ObjectProvider<MechanicHeadlines> headlines) {
    this.shops = shops;
    this.menu = menu;
    this.headlines = headlines;
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
    var header = Brand.header();

    var name = new H1(shop.name());
    name.setId("shop-name");
    var where =
        new Paragraph(
            shop.street() + ", " + shop.city() + ", " + shop.region() + " " + shop.postalCode());
    where.addClassName("otopair-lead");
    var phone = new Anchor("tel:" + shop.phone(), ShopRules.displayPhone(shop.phone()));
    var map =
        new Anchor(
            "https://www.openstreetmap.org/?mlat="
                + shop.latitude()
                + "&mlon="
                + shop.longitude()
                + "#map=17/"
                + shop.latitude()
                + "/"
                + shop.longitude(),
            "Open the map");
    map.setTarget("_blank");
    var contact = new Div(phone, new Span(" · "), map);
    var intro = new Div();
    if (shop.logoUrl() != null) {
      var logo = new Image(shop.logoUrl(), shop.name() + " logo");
      logo.addClassName("otopair-shop-logo");
      logo.setId("shop-logo");
      intro.add(logo);
    }
    intro.add(name, where, contact);
    if (!shop.description().isBlank()) {
      intro.add(new Paragraph(shop.description()));
    }
    intro.addClassName("otopair-card");

    var hours = new UnorderedList();
    hours.addClassName("otopair-hours-list");
    for (DayOfWeek day : DayOfWeek.values()) {
      String when =
          shop.openingHours().stream()
              .filter(h -> h.day() == day)
              .findFirst()
              .map(PublicShopView::format)
              .orElse("Closed");
      hours.add(new ListItem(Formats.current().weekday(day) + ": " + when));
    }
    String zone = Formats.current().zone(ZoneId.of(shop.timeZone()));
    var hoursCard =
        new Div(new H2("Opening hours"), new Paragraph("Times in " + zone + "."), hours);
    hoursCard.addClassName("otopair-card");

    var team = new Div(new H2("Mechanics"));
    team.addClassName("otopair-card");
    team.setId("shop-mechanics");
    if (shop.mechanics().isEmpty()) {
      team.add(new Paragraph("The team is being set up. Call the shop to talk to a mechanic."));
    } else {
      Map<UUID, String> about =
          headlines
              .getIfAvailable(() -> ids -> Map.of())
              .headlines(shop.mechanics().stream().map(ShopDetails.Member::userId).toList());
      var list = new UnorderedList();
      for (ShopDetails.Member mechanic : shop.mechanics()) {
        var item = new ListItem(new Anchor("mechanics/" + mechanic.userId(), mechanic.name()));
        String line = about.getOrDefault(mechanic.userId(), "");
        if (!line.isBlank()) {
          var detail = new Span(" · " + line);
          detail.addClassName("otopair-muted");
          item.add(detail);
        }
        list.add(item);
      }
      team.add(list);
    }

    var services = new Div(new H2("Services"));
    services.addClassName("otopair-card");
    services.setId("shop-services");
    var offered = menu.publicMenu(shop.id());
    if (offered.isEmpty()) {
      services.add(new Paragraph("The service menu is on its way. Call the shop for a quote."));
    } else {
      var list = new UnorderedList();
      list.addClassName("otopair-service-list");
      for (Offering offering : offered) {
        var item = new ListItem();
        var service = new Span(offering.name());
        service.addClassName("otopair-strong");
        item.add(
            service,
            new Span(
                " · "
                    + offering.price().format()
                    + " · "
                    + offering.durationMinutes()
                    + " min · "
                    + offering.mode().label()));
        var book = new Anchor("book/" + shop.slug() + "?service=" + offering.id(), "Book");
        book.addClassName("otopair-book-link");
        book.setId("book-" + offering.id());
        item.add(book);
        list.add(item);
      }
      services.add(list);
    }

    var body = new Div(intro, services, hoursCard, team);
    body.addClassName("otopair-public-shop-body");
    add(header, body);
  }

  private static String format(OpeningHours hours) {
    Formats formats = Formats.current();
    return formats.time(hours.opens()) + " to " + formats.time(hours.closes());
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
