package com.otopair.booking.ui;

import com.otopair.base.AccessReads;
import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.GridColumns;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.PhoneBookings;
import com.otopair.booking.ShopBookings;
import com.otopair.scheduling.BookedTimesChanged;
import com.otopair.shops.CurrentShop;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The shop's bookings of the coming weeks (and the past day, to mark no-shows): the owner sees all
 * and may cancel or move one to another mechanic; a mechanic sees their own. Each says where it was
 * made. "Book for a customer" takes a booking on a call (the owner for any mechanic, a mechanic for
 * themself); the schedule's free slots open it prefilled ({@code ?book=<start>
 * &mechanic=<id>&service=<id>}). Updates live.
 */
@Route("shop-bookings")
@PageTitle("booking.shop.title")
@Menu(order = 16, icon = "vaadin:clipboard-text", title = "booking.menu.shop")
@RolesAllowed({Roles.SHOP_OWNER, Roles.MECHANIC})
class ShopBookingsView extends Main implements BeforeEnterObserver {

  final Grid<BookingSummary> grid = new Grid<>();
  final Select<Integer> range = new Select<>();
  final Button bookForCustomer = new Button();
  @Nullable PhoneBookingDialog phoneBooking;

  private static final List<Integer> RANGES = List.of(1, 7, 14, 30);
  private static final int DEFAULT_RANGE = 14;

  private final ShopBookings bookings;
  private final AccessReads reads;
  private final PhoneBookings phoneBookings;
  private final ServiceMenu menu;
  private final Clock clock;
  private final @Nullable ShopDetails shop;
  private final boolean owner;
  private @Nullable FilterUrl address;

  ShopBookingsView(
      ShopBookings bookings,
      PhoneBookings phoneBookings,
      ServiceMenu menu,
      ShopService shops,
      CurrentShop current,
      LiveUpdates live,
      Clock clock,
      AccessReads reads) {
    this.bookings = bookings;
    this.reads = reads;
    this.phoneBookings = phoneBookings;
    this.menu = menu;
    this.clock = clock;
    addClassName("otopair-page");
    List<ShopDetails> mine = shops.myShops();
    shop = current.among(mine).orElse(null);
    // From the shop's members: asking for owned shops is an owner's call, refused to a mechanic.
    UUID me = CurrentUser.require().id();
    owner =
        shop != null
            && shop.members().stream()
                .anyMatch(m -> m.userId().equals(me) && m.role().equals("OWNER")); // i18n: a role
    if (shop == null) {
      var card =
          new Div(
              new H2(getTranslation("booking.shop.no-shop.title")),
              new Paragraph(getTranslation("booking.shop.no-shop.text")));
      card.addClassName("otopair-card");
      add(card);
      return;
    }
    var heading = new H2(getTranslation("booking.shop.heading", shop.name()));
    heading.addClassName("otopair-page-title");
    range.setLabel(getTranslation("booking.shop.range"));
    range.setItems(RANGES);
    range.setItemLabelGenerator(
        days ->
            days == 1
                ? getTranslation("booking.shop.range.today")
                : getTranslation("booking.shop.range.days", days));
    range.setValue(DEFAULT_RANGE);
    range.setId("bookings-range");
    address =
        FilterUrl.at("shop-bookings", this::refresh)
            .add(
                "days",
                range,
                text -> RANGES.stream().filter(days -> days.toString().equals(text)).findFirst(),
                days -> days == DEFAULT_RANGE ? null : days.toString(),
                DEFAULT_RANGE);

    ZoneId zone = ZoneId.of(shop.timeZone());
    grid.addColumn(b -> Formats.current().dayAndTime(b.start(), zone))
        .setHeader(getTranslation("booking.shop.column.when"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(BookingSummary::customerName)
        .setHeader(getTranslation("booking.shop.column.customer"))
        .setWidth("9rem")
        .setFlexGrow(1);
    var service =
        grid.addColumn(BookingSummary::serviceName)
            .setHeader(getTranslation("booking.shop.column.service"))
            .setWidth("9rem")
            .setFlexGrow(1);
    var mechanic =
        grid.addColumn(BookingSummary::mechanicName)
            .setHeader(getTranslation("booking.shop.column.mechanic"))
            .setWidth("8rem")
            .setFlexGrow(1);
    grid.addColumn(b -> b.vehicle() == null ? "" : b.vehicle())
        .setHeader(getTranslation("booking.shop.column.vehicle"))
        .setWidth("9rem")
        .setFlexGrow(1);
    grid.addComponentColumn(ShopBookingsView::status)
        .setHeader(getTranslation("booking.shop.column.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::actions)
        .setHeader("")
        .setKey("actions")
        .setAutoWidth(true)
        .setFlexGrow(0);
    GridColumns.of(grid)
        .hideBelow(1200, mechanic)
        .hideBelow(1000, service)
        .cardsBelow(
            700,
            b ->
                GridColumns.card(
                    Formats.current().dayAndTime(b.start(), zone),
                    List.of(
                        b.customerName() + (b.vehicle() == null ? "" : " · " + b.vehicle()),
                        b.serviceName() + " · " + b.mechanicName()),
                    status(b),
                    actions(b)));
    grid.setEmptyStateText(getTranslation("booking.shop.empty"));
    grid.setAllRowsVisible(true);
    grid.setId("shop-bookings");

    bookForCustomer.setText(getTranslation("booking.phone.open"));
    bookForCustomer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    bookForCustomer.setId("book-for-customer");
    bookForCustomer.addClickListener(e -> openPhoneBooking());
    var tools = new HorizontalLayout(range, bookForCustomer);
    tools.setAlignItems(Alignment.END);
    tools.setWrap(true);
    tools.addClassName("otopair-shop-bookings-tools");
    var card = new Div(tools, grid);
    card.addClassName("otopair-card");
    add(heading, card);
    live.subscribe(
        this,
        BookedTimesChanged.class,
        event -> {
          if (event.shopId().equals(shop.id())) {
            refresh();
          }
        });
  }

  /** Fills the period from the address ("?days=7"), then lists it. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (address != null) {
      address.read(event);
    }
    if (shop != null) {
      PhoneBookingDialog.Prefill.from(event.getLocation().getQueryParameters())
          .ifPresent(free -> openPhoneBooking().prefill(free));
    }
  }

  /** Opens "Book for a customer" with the mechanics the signed-in user may book for. */
  PhoneBookingDialog openPhoneBooking() {
    ShopDetails at = Objects.requireNonNull(shop);
    UUID me = CurrentUser.require().id();
    List<ShopDetails.Member> mechanics =
        at.mechanics().stream().filter(m -> owner || m.userId().equals(me)).toList();
    var dialog =
        new PhoneBookingDialog(
            phoneBookings, at, menu.publicMenu(at.id()), mechanics, clock, this::refresh);
    phoneBooking = dialog;
    dialog.open();
    return dialog;
  }

  /** Where this list lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return address == null ? new Location("shop-bookings") : address.location();
  }

  void refresh() {
    if (shop == null) {
      return;
    }
    Instant now = clock.instant();
    int days = range.getValue() == null ? DEFAULT_RANGE : range.getValue();
    grid.setItems(
        bookings.between(
            shop.id(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(days))));
  }

  private static Component status(BookingSummary b) {
    return BookingCard.badges(BookingLabels.badge(b), BookingLabels.source(b));
  }

  private Component actions(BookingSummary b) {
    var row = new HorizontalLayout();
    row.setSpacing(false);
    if (b.status() != BookingStatus.CONFIRMED) {
      return row;
    }
    boolean started = !b.start().isAfter(clock.instant());
    if (started) {
      row.add(
          small(
              getTranslation("booking.shop.no-show"),
              () -> {
                bookings.markNoShow(b.id());
                Feedback.success(getTranslation("booking.shop.no-show.done"));
              }));
    } else if (owner) {
      row.add(
          small(getTranslation("booking.shop.move"), () -> moveDialog(b)),
          small(getTranslation("booking.shop.cancel"), () -> cancelDialog(b)));
    }
    return row;
  }

  private Button small(String label, Runnable action) {
    var button =
        new Button(
            label,
            e -> {
              try {
                action.run();
                refresh();
              } catch (InvalidRequestException refused) {
                Feedback.error(refused.getMessage());
              }
            });
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  private void cancelDialog(BookingSummary b) {
    reads.read(AccessReads.Subject.BOOKING, b.id(), b.customerId(), b.shopId());
    var dialog = new Dialog(getTranslation("booking.shop.cancel.title", b.customerName()));
    var reason = new TextArea(getTranslation("booking.shop.cancel.reason"));
    reason.setWidthFull();
    reason.setMaxLength(500);
    dialog.add(reason);
    var confirm =
        new Button(
            getTranslation("booking.shop.cancel.confirm"),
            e -> {
              try {
                bookings.cancel(b.id(), reason.getValue());
                dialog.close();
                Feedback.success(getTranslation("booking.shop.cancel.done", b.customerName()));
                refresh();
              } catch (InvalidRequestException refused) {
                Feedback.show(refused, Map.of("reason", reason));
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.setId("shop-cancel-confirm");
    dialog
        .getFooter()
        .add(new Button(getTranslation("booking.shop.keep"), e -> dialog.close()), confirm);
    dialog.open();
  }

  private void moveDialog(BookingSummary b) {
    reads.read(AccessReads.Subject.BOOKING, b.id(), b.customerId(), b.shopId());
    var dialog = new Dialog(getTranslation("booking.shop.move.title"));
    var to = new Select<ShopDetails.Member>();
    to.setLabel(getTranslation("booking.shop.move.mechanic"));
    to.setItems(
        shop == null
            ? List.of()
            : shop.mechanics().stream().filter(m -> !m.userId().equals(b.mechanicId())).toList());
    to.setItemLabelGenerator(ShopDetails.Member::name);
    dialog.add(to);
    var confirm =
        new Button(
            getTranslation("booking.shop.move.confirm"),
            e -> {
              if (to.getValue() == null) {
                to.setErrorMessage(getTranslation("booking.shop.move.pick"));
                to.setInvalid(true);
                return;
              }
              try {
                bookings.reassign(b.id(), to.getValue().userId());
                dialog.close();
                Feedback.success(getTranslation("booking.shop.move.done", to.getValue().name()));
                refresh();
              } catch (InvalidRequestException refused) {
                Feedback.show(refused, Map.of("mechanic", to));
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setId("shop-move-confirm");
    dialog
        .getFooter()
        .add(new Button(getTranslation("booking.shop.keep"), e -> dialog.close()), confirm);
    dialog.open();
  }
}
