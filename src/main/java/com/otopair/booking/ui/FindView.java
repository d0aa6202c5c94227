package com.otopair.booking.ui;

import com.otopair.base.GeoPoint;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.PlausibleDates;
import com.otopair.base.ui.Brand;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.PlaceField;
import com.otopair.base.ui.map.MapTiles;
import com.otopair.booking.MechanicsOnline;
import com.otopair.booking.ShopSearch;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ShopService;
import com.otopair.team.Specialty;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Find a shop: a city and radius, a kind of service, a mechanic's specialty and a day; results
 * nearest or soonest first, each with its next free slots. The search lives in the address, so it
 * can be bookmarked and shared.
 */
@Route(value = "find", autoLayout = false)
@AnonymousAllowed
class FindView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  final PlaceField where;
  final Select<Integer> radius = new Select<>();
  final Select<Optional<OfferingCategory>> category = new Select<>();
  final Select<Optional<Specialty>> specialty = new Select<>();
  final DatePicker availableOn =
      ComponentTexts.localize(new DatePicker(getTranslation("booking.find.free-on")));
  final Select<ShopSearch.Order> order = new Select<>();
  final Button search = new Button(getTranslation("booking.find.search"));
  final Button nearMe = new Button(getTranslation("booking.find.near-me"));
  final Button filtersToggle = new Button(getTranslation("booking.find.filters"));
  final Div filters = new Div();
  final FindResults results = new FindResults();
  final FindMap map;

  private static final List<Integer> RADII = List.of(5, 10, 25, 50, 100);
  private static final int DEFAULT_RADIUS = 25;

  private final ShopSearch shopSearch;
  private final MechanicsOnline mechanicsOnline;
  private final Clock clock;
  private final FilterUrl address;
  private int shown = 1;

  FindView(
      ShopSearch shopSearch,
      ShopService shops,
      ObjectProvider<MechanicsOnline> mechanicsOnline,
      MapTiles tiles,
      Clock clock) {
    this.shopSearch = shopSearch;
    this.map = new FindMap(tiles);
    this.mechanicsOnline = mechanicsOnline.getIfAvailable(() -> shopIds -> Set.of());
    this.clock = clock;
    addClassNames("otopair-public-shop", "otopair-book");
    var header = Brand.header();

    where = new PlaceField(getTranslation("booking.find.where"), shops::suggestPlaces);
    where.setPlaceholder(getTranslation("booking.find.where.placeholder"));
    where.setId("find-where");
    radius.setLabel(getTranslation("booking.find.radius"));
    radius.setItems(RADII);
    radius.setItemLabelGenerator(km -> getTranslation("booking.find.radius.km", km));
    radius.setValue(DEFAULT_RADIUS);
    category.setLabel(getTranslation("booking.find.service"));
    category.setItems(
        Stream.concat(
                Stream.of(Optional.<OfferingCategory>empty()),
                Arrays.stream(OfferingCategory.values()).map(Optional::of))
            .toList());
    category.setItemLabelGenerator(
        c -> c.map(OfferingCategory::label).orElse(getTranslation("booking.find.any-service")));
    category.setValue(Optional.empty());
    specialty.setLabel(getTranslation("booking.find.specialty"));
    specialty.setItems(
        Stream.concat(
                Stream.of(Optional.<Specialty>empty()),
                Arrays.stream(Specialty.values()).map(Optional::of))
            .toList());
    specialty.setItemLabelGenerator(
        s -> s.map(Specialty::label).orElse(getTranslation("booking.find.any-specialty")));
    specialty.setValue(Optional.empty());
    availableOn.setClearButtonVisible(true);
    availableOn.setPlaceholder(getTranslation("booking.find.any-day"));
    order.setLabel(getTranslation("booking.find.sort"));
    order.setItems(ShopSearch.Order.values());
    order.setItemLabelGenerator(
        chosen ->
            getTranslation(
                switch (chosen) {
                  case DISTANCE -> "booking.find.sort.distance";
                  case SOONEST -> "booking.find.sort.soonest";
                  case RATING -> "booking.find.sort.rating";
                }));
    order.setValue(ShopSearch.Order.DISTANCE);
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    search.setId("find-search");
    search.addClickListener(
        e -> {
          shown = 1;
          run(true);
        });
    nearMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    nearMe.setId("find-near-me");
    nearMe.setTooltipText(getTranslation("booking.find.near-me.tooltip"));
    nearMe.addClickListener(
        e ->
            nearMe
                .getElement()
                .executeJs(
                    """
                    return new Promise((resolve) => {
                      if (!navigator.geolocation) { resolve(''); return; }
                      navigator.geolocation.getCurrentPosition(
                        (p) => resolve(p.coords.latitude + ',' + p.coords.longitude),
                        () => resolve(''), { timeout: 10000 });
                    });""")
                .then(String.class, position -> searchNear(position, shops)));
    // On a phone the filters fold behind a toggle that says how many are set, so results show.
    filters.addClassName("otopair-find-filters");
    filters.setId("find-filters");
    filters.add(radius, category, specialty, availableOn, order);
    filtersToggle.addClassName("otopair-find-toggle");
    filtersToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    filtersToggle.setId("find-filters-toggle");
    filtersToggle.getElement().setAttribute("aria-controls", "find-filters");
    filtersToggle.addClickListener(
        e -> openFilters(!filters.hasClassName("otopair-find-filters-open")));
    openFilters(false);
    radius.addValueChangeListener(e -> countFilters());
    category.addValueChangeListener(e -> countFilters());
    specialty.addValueChangeListener(e -> countFilters());
    availableOn.addValueChangeListener(e -> countFilters());
    order.addValueChangeListener(e -> countFilters());
    address =
        FilterUrl.at("find", this::showFromAddress)
            .onSubmit()
            .add(
                "where",
                where,
                text -> Optional.of(text).filter(PlainText::isLine),
                FindView::blankless,
                null)
            .add(
                "km",
                radius,
                km -> RADII.stream().filter(r -> r.toString().equals(km)).findFirst(),
                km -> km == DEFAULT_RADIUS ? null : km.toString(),
                DEFAULT_RADIUS)
            .add(
                "service",
                category,
                name -> FindView.category(name).map(Optional::of),
                chosen -> chosen.map(Enum::name).orElse(null),
                Optional.empty())
            .add(
                "knows",
                specialty,
                name -> FindView.specialty(name).map(Optional::of),
                chosen -> chosen.map(Enum::name).orElse(null),
                Optional.empty())
            .add("on", availableOn, this::day, LocalDate::toString, null)
            .add(
                "sort",
                order,
                text -> FindView.order(text),
                chosen ->
                    chosen == ShopSearch.Order.DISTANCE
                        ? null
                        : chosen.name().toLowerCase(Locale.ROOT),
                ShopSearch.Order.DISTANCE);
    var form = new HorizontalLayout(where, nearMe, filtersToggle, filters, search);
    form.addClassName("otopair-find-form");
    form.setWrap(true);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    var card = new Div(form);
    card.addClassName("otopair-card");
    var lead = new Paragraph(getTranslation("booking.find.lead"));
    lead.addClassName("otopair-lead");
    // Live help is a page of the consult module: linked by its address, as booking can't import it.
    var talkNow = new Anchor("talk", getTranslation("booking.find.talk-now"));
    talkNow.setId("find-talk-now");
    talkNow.addClassName("otopair-strong");
    var talk = new Div(talkNow, new Paragraph(getTranslation("booking.find.talk-now.text")));
    talk.addClassNames("otopair-card", "otopair-find-talk");
    var found = new Div(results, map);
    found.addClassName("otopair-find-found");
    add(header, new H1(getTranslation("booking.find.heading")), lead, card, talk, found);
  }

  /** The browser tab's title, in the page's language (this page has no layout to set it). */
  @Override
  public String getPageTitle() {
    return getTranslation("booking.find.title");
  }

  /** Shows or hides the filters behind the toggle (only narrow screens hide them). */
  private void openFilters(boolean open) {
    filters.setClassName("otopair-find-filters-open", open);
    filtersToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
  }

  /** Says on the toggle how many filters differ from their defaults: "Filters (2)". */
  private void countFilters() {
    long active =
        Stream.of(
                !Integer.valueOf(DEFAULT_RADIUS).equals(radius.getValue()),
                category.getValue() != null && category.getValue().isPresent(),
                specialty.getValue() != null && specialty.getValue().isPresent(),
                availableOn.getValue() != null,
                order.getValue() != ShopSearch.Order.DISTANCE)
            .filter(Boolean::booleanValue)
            .count();
    filtersToggle.setText(
        active == 0
            ? getTranslation("booking.find.filters")
            : getTranslation("booking.find.filters.count", active));
  }

  /** Searches around the city nearest to "latitude,longitude" from the browser. */
  void searchNear(String position, ShopService shops) {
    String[] parts = position.split(",");
    if (parts.length != 2) {
      Feedback.error(getTranslation("booking.find.no-location"));
      return;
    }
    try {
      var point = new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
      shops
          .nearestPlace(point)
          .ifPresent(
              place -> {
                where.setValue(place.label());
                shown = 1;
                run(true);
              });
    } catch (IllegalArgumentException e) {
      Feedback.error(getTranslation("booking.find.no-location"));
    }
  }

  /**
   * Shows the search in the address. The address is anyone's to edit: a value that isn't one the
   * form offers (a radius of "abc", a day of "tomorrow") is ignored and the field keeps its
   * default.
   */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    address.read(event);
  }

  /** Runs the search the address describes, or asks where the car is. */
  private void showFromAddress() {
    if (where.getValue() != null && !where.getValue().isBlank()) {
      run(false);
    } else {
      results.ask();
      map.clear();
    }
  }

  /** Where this search lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return address.location();
  }

  private void run(boolean updateAddress) {
    where.setInvalid(false);
    ShopSearch.Page first;
    try {
      first = shopSearch.search(query(0));
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("where", where));
      return;
    }
    if (updateAddress) {
      address.write();
    }
    List<ShopSearch.Result> all = new ArrayList<>(first.results());
    for (int p = 1; p < shown && first.total() > 0; p++) {
      all.addAll(shopSearch.search(query(p)).results());
    }
    Set<UUID> talkNow =
        mechanicsOnline.shopsToTalkToNow(all.stream().map(r -> r.shop().id()).toList());
    results.show(
        first,
        all,
        talkNow,
        () -> {
          shown++;
          run(false);
        });
    map.show(first.place().centre(), all);
  }

  /** The form's search, its page {@code page} (from 0). */
  private ShopSearch.Query query(int page) {
    return new ShopSearch.Query(
        where.getValue() == null ? "" : where.getValue(),
        radius.getValue(),
        category.getValue().orElse(null),
        specialty.getValue().orElse(null),
        availableOn.getValue(),
        order.getValue(),
        page);
  }

  private static @Nullable String blankless(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private Optional<LocalDate> day(String text) {
    try {
      return Optional.of(LocalDate.parse(text)).filter(day -> PlausibleDates.contains(day, clock));
    } catch (DateTimeParseException notADay) {
      return Optional.empty();
    }
  }

  private static Optional<OfferingCategory> category(String name) {
    return Arrays.stream(OfferingCategory.values()).filter(c -> c.name().equals(name)).findFirst();
  }

  /** "soonest" or "rating" from the address; the default (distance) is never written there. */
  private static Optional<ShopSearch.Order> order(String name) {
    return Arrays.stream(ShopSearch.Order.values())
        .filter(o -> o != ShopSearch.Order.DISTANCE)
        .filter(o -> o.name().toLowerCase(Locale.ROOT).equals(name))
        .findFirst();
  }

  private static Optional<Specialty> specialty(String name) {
    return Arrays.stream(Specialty.values()).filter(s -> s.name().equals(name)).findFirst();
  }
}
