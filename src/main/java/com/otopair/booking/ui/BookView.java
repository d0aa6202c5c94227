package com.otopair.booking.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Brand;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.ManageLinks;
import com.otopair.booking.Waitlist;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The slot picker: a compact month marking the days with free slots, then the chosen day's slots
 * grouped into morning, afternoon and evening, each with its price, with a chosen mechanic or any.
 * Anyone can look; picking a slot holds it, after signing in when needed (the sign-in returns to
 * the same slot).
 */
@Route(value = "book/:slug", autoLayout = false)
@AnonymousAllowed
class BookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  /** Whichever mechanic is free; named in the page's language where it is listed. */
  static final ShopDetails.Member ANY = new ShopDetails.Member(new UUID(0, 0), "", "");

  MonthPicker month;
  final Select<ShopDetails.Member> mechanic = new Select<>();
  final DaySlots day = new DaySlots(this::hold, this::joinWaitlist);

  private final ShopService shops;
  private final ServiceMenu menu;
  private final Availability availability;
  private final Clock clock;
  private @Nullable ShopDetails shop;
  private @Nullable Offering service;
  private @Nullable UUID rescheduling;
  private @Nullable UUID originSession;
  private @Nullable String manageToken;
  private String title = "Otopair"; // i18n: the brand, until the shop is known
  private final BookingChanges changes;
  private final ManageLinks links;
  private final Waitlist waitlist;
  private @Nullable PushMode pushBefore;

  BookView(
      ShopService shops,
      ServiceMenu menu,
      Availability availability,
      BookingChanges changes,
      ManageLinks links,
      Waitlist waitlist,
      Clock clock) {
    this.changes = changes;
    this.links = links;
    this.waitlist = waitlist;
    this.shops = shops;
    this.menu = menu;
    this.availability = availability;
    this.clock = clock;
    // Replaced by one in the shop's zone once the shop is known.
    this.month = new MonthPicker(LocalDate.now(clock), shown -> {}, date -> {});
    addClassNames("otopair-public-shop", "otopair-book");
  }

  /**
   * The slot picker answers only what its visitor does, so it needs no push connection: without one
   * an open picker holds no WebSocket and its buffers on the server, which were most of a visitor's
   * memory (bench/memory). The next page of the same tab gets its push back.
   */
  @Override
  protected void onAttach(AttachEvent attach) {
    var push = attach.getUI().getPushConfiguration();
    pushBefore = push.getPushMode();
    push.setPushMode(PushMode.DISABLED);
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    // Leaving for another page of the same tab, not closing: that page may need its pushes.
    if (pushBefore != null && pushBefore.isEnabled() && !detach.getUI().isClosing()) {
      detach.getUI().getPushConfiguration().setPushMode(pushBefore);
    }
    pushBefore = null;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String slug = event.getRouteParameters().get("slug").orElse("");
    Optional<String> serviceId =
        event.getLocation().getQueryParameters().getSingleParameter("service");
    if (!(shops.publicPage(slug) instanceof ShopService.PublicPage.Found found)) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    shop = found.shop();
    service =
        menu.publicMenu(shop.id()).stream()
            .filter(o -> serviceId.map(id -> id.equals(String.valueOf(o.id()))).orElse(false))
            .findFirst()
            .orElse(null);
    if (service == null) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    var query = event.getLocation().getQueryParameters();
    manageToken = query.getSingleParameter("token").orElse(null);
    rescheduling =
        query
            .getSingleParameter(manageToken == null ? "reschedule" : "manage")
            .flatMap(BookView::uuid)
            .orElse(null);
    // The remote session this repair is booked from, carried to the booking as an opaque id.
    originSession = query.getSingleParameter("session").flatMap(BookView::uuid).orElse(null);
    show(shop, service);
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  private void show(ShopDetails shop, Offering service) {
    removeAll();
    title = getTranslation("booking.book.title", service.name(), shop.name());
    ZoneId zone = ZoneId.of(shop.timeZone());
    var header =
        new Header(
            Brand.logo(),
            new Anchor("shops/" + shop.slug(), getTranslation("booking.book.back", shop.name())));
    header.addClassName("otopair-landing-header");

    var heading = new H1(service.name());
    heading.setId("book-heading");
    String about =
        getTranslation(
            "booking.book.lead",
            shop.name(),
            service.durationMinutes(),
            service.price().format(),
            Formats.current().zone(zone));
    var lead =
        new Paragraph(
            rescheduling == null
                ? about
                : getTranslation("booking.book.lead.reschedule") + " " + about);
    lead.addClassName("otopair-lead");

    mechanic.setLabel(getTranslation("booking.book.mechanic"));
    mechanic.setItems(Stream.concat(Stream.of(ANY), shop.mechanics().stream()).toList());
    mechanic.setItemLabelGenerator(
        m -> m == ANY ? getTranslation("booking.book.any-mechanic") : m.name());
    mechanic.setValue(ANY);
    mechanic.setId("book-mechanic");
    mechanic.addValueChangeListener(
        e -> {
          refresh();
          LocalDate chosen = month.chosen();
          if (chosen != null) {
            showDay(chosen);
          }
        });

    month = new MonthPicker(LocalDate.now(clock.withZone(zone)), m -> refresh(), this::showDay);
    month.setId("book-month");

    day.askForDay();

    var picker = new Div(mechanic, month);
    picker.addClassName("otopair-card");
    var body = new Div(picker, day);
    body.addClassName("otopair-book-body");
    add(header, heading, lead);
    if (service.mode() != OfferingMode.IN_SHOP && rescheduling == null) {
      add(liveCard(shop, service));
    }
    add(body);
    refresh();
  }

  /** A remote service can start now, as a live session, or be booked for a time below. */
  private Div liveCard(ShopDetails shop, Offering service) {
    var now =
        new Anchor(
            // "from": the intake records where the journey came in (consult's Intakes.FROM_SHOP).
            "sessions/new/" + shop.slug() + "/" + service.id() + "?from=shop",
            getTranslation("booking.book.live.now"));
    now.addClassName("otopair-button-link");
    now.setId("book-live-now");
    var card = new Div(new Paragraph(getTranslation("booking.book.live.text")), now);
    card.addClassNames("otopair-card", "otopair-live-card");
    return card;
  }

  private List<Slot> slots(LocalDate from, LocalDate to) {
    ShopDetails.Member who = mechanic.getValue();
    return availability.slots(
        shop().id(), service(), who == null || who == ANY ? null : who.userId(), from, to);
  }

  /** Marks each day of the shown month that has free slots, with how many. */
  void refresh() {
    YearMonth shown = month.month();
    ZoneId zone = ZoneId.of(shop().timeZone());
    month.setFree(
        slots(shown.atDay(1), shown.atEndOfMonth()).stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.start().atZone(zone).toLocalDate(),
                    TreeMap::new,
                    Collectors.summingInt(s -> 1))));
  }

  /** The free slots of one day, each a button that holds it. */
  private void showDay(LocalDate date) {
    ZoneId zone = ZoneId.of(shop().timeZone());
    boolean waitlistOpen =
        rescheduling == null && !date.isBefore(LocalDate.now(clock.withZone(zone)));
    day.show(date, slots(date, date), zone, closedOn(date.getDayOfWeek()), waitlistOpen);
  }

  /** Whether the shop's posted opening hours leave out {@code weekday} (none posted: unknown). */
  private boolean closedOn(DayOfWeek weekday) {
    var hours = shop().openingHours();
    return !hours.isEmpty() && hours.stream().noneMatch(h -> h.day() == weekday);
  }

  /** Opens the hold page for the slot; signing in first when needed brings the visitor back. */
  private void hold(Slot slot) {
    ShopDetails.Member who = mechanic.getValue();
    if (rescheduling != null) {
      move(rescheduling, who == null || who == ANY ? null : who.userId(), slot);
      return;
    }
    var parameters =
        new HashMap<String, String>(
            Map.of(
                "service", String.valueOf(service().id()),
                "start", slot.start().toString()));
    if (who != null && who != ANY) {
      parameters.put("mechanic", who.userId().toString());
    }
    if (originSession != null) {
      parameters.put("session", originSession.toString());
    }
    getUI()
        .ifPresent(
            ui ->
                ui.navigate("book/" + shop().slug() + "/hold", QueryParameters.simple(parameters)));
  }

  private void joinWaitlist(LocalDate date) {
    if (CurrentUser.get().isEmpty()) {
      getUI().ifPresent(ui -> ui.navigate("login"));
      return;
    }
    if (Feedback.run(
        () -> waitlist.join(shop().id(), Objects.requireNonNull(service().id()), date),
        getTranslation("booking.book.waitlist.joined", Formats.current().day(date)))) {
      day.waitlistJoined();
    }
  }

  /** Moves the customer's booking to the slot, after they confirm. */
  private void move(UUID bookingId, @Nullable UUID mechanicId, Slot slot) {
    ZoneId zone = ZoneId.of(shop().timeZone());
    var dialog =
        new ConfirmDialog(
            getTranslation("booking.book.move.title"),
            getTranslation(
                "booking.book.move.text",
                SlotLabels.when(slot.start(), zone),
                slot.price().format()),
            getTranslation("booking.book.move.confirm"),
            e -> {
              try {
                if (manageToken != null) {
                  var managed = links.reschedule(bookingId, manageToken, mechanicId, slot.start());
                  go(
                      "manage/" + managed.booking().id(),
                      Map.of("token", managed.token(), "moved", "yes"));
                } else {
                  BookingSummary moved = changes.reschedule(bookingId, mechanicId, slot.start());
                  go("bookings/" + moved.id(), Map.of("confirmed", "yes"));
                }
              } catch (InvalidRequestException refused) {
                Feedback.error(refused.getMessage());
                refresh();
              }
            });
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("booking.book.move.cancel"));
    dialog.open();
  }

  private void go(String route, Map<String, String> query) {
    getUI().ifPresent(ui -> ui.navigate(route, QueryParameters.simple(query)));
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private ShopDetails shop() {
    if (shop == null) {
      throw new IllegalStateException("No shop yet");
    }
    return shop;
  }

  private Offering service() {
    if (service == null) {
      throw new IllegalStateException("No service yet");
    }
    return service;
  }
}
