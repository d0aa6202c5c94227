package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.Forms;
import com.otopair.base.ui.GridColumns;
import com.otopair.booking.AdminBookings;
import com.otopair.booking.BookingConsoleFilter;
import com.otopair.booking.BookingPaymentStates;
import com.otopair.booking.BookingSource;
import com.otopair.booking.BookingStatus;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Admin "Bookings": every shop's bookings in a lazy grid, the latest start first, searched by
 * customer, email, shop, mechanic, service or booking number, filtered by status, source, shop and
 * the days they start on (each in its shop's zone), sorted by column; filters and order live in the
 * address. Each time reads in its shop's zone, named beside it. A row opens the booking's page.
 */
@Route("admin/bookings")
@PageTitle("booking.admin.title")
@Menu(order = 106, icon = "vaadin:calendar-clock", title = "booking.menu.admin")
@RolesAllowed(Roles.ADMIN)
class AdminBookingsView extends Main implements BeforeEnterObserver {

  final TextField search = new TextField();
  final Select<BookingStatus> status = new Select<>();
  final Select<BookingSource> source = new Select<>();
  final ComboBox<AdminBookings.ShopChoice> shop =
      new ComboBox<>(getTranslation("booking.admin.shop"));
  final DatePicker from =
      ComponentTexts.localize(new DatePicker(getTranslation("booking.admin.from")));
  final DatePicker to = ComponentTexts.localize(new DatePicker(getTranslation("booking.admin.to")));
  final Grid<AdminBookings.Row> grid = new Grid<>();
  final Grid.Column<AdminBookings.Row> when;
  final GridColumns<AdminBookings.Row> columns;

  private final AdminBookings admin;
  private final FilterUrl filters;

  AdminBookingsView(AdminBookings admin) {
    this.admin = admin;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");
    Forms.search(
        search,
        getTranslation("booking.admin.search.placeholder"),
        getTranslation("booking.admin.search.label"));
    search.setMaxLength(BookingConsoleFilter.MAX_TEXT);
    String anyStatus = getTranslation("booking.admin.status.any");
    status.setLabel(getTranslation("booking.admin.status"));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(anyStatus);
    status.setItems(Arrays.asList(BookingStatus.values()));
    status.setItemLabelGenerator(s -> s == null ? anyStatus : s.label());
    String anySource = getTranslation("booking.admin.source.any");
    source.setLabel(getTranslation("booking.admin.source"));
    source.setEmptySelectionAllowed(true);
    source.setEmptySelectionCaption(anySource);
    source.setItems(Arrays.asList(BookingSource.values()));
    source.setItemLabelGenerator(s -> s == null ? anySource : BookingLabels.source(s).getText());
    List<AdminBookings.ShopChoice> shops = admin.shops();
    shop.setItems(shops);
    shop.setItemLabelGenerator(AdminBookings.ShopChoice::name);
    shop.setClearButtonVisible(true);
    shop.setPlaceholder(getTranslation("booking.admin.shop.any"));
    from.setClearButtonVisible(true);
    to.setClearButtonVisible(true);
    // A range the wrong way round can't be picked: each end bounds the other.
    from.addValueChangeListener(e -> to.setMin(e.getValue()));
    to.addValueChangeListener(e -> from.setMax(e.getValue()));

    grid.addComponentColumn(r -> BookingLabels.badge(r.status(), r.cancelledLate()))
        .setHeader(getTranslation("booking.admin.column.status"))
        .setSortProperty("status")
        .setKey("status")
        .setAutoWidth(true)
        .setFlexGrow(0);
    when =
        grid.addComponentColumn(AdminBookingsView::when)
            .setHeader(getTranslation("booking.admin.column.when"))
            .setSortProperty("startsAt")
            .setKey("when")
            .setAutoWidth(true);
    // The names share what the window leaves, cut with an ellipsis (whole when hovered), so the
    // grid never scrolls sideways.
    grid.addColumn(AdminBookings.Row::shopName)
        .setHeader(getTranslation("booking.admin.column.shop"))
        .setSortProperty("shopName")
        .setKey("shop")
        .setTooltipGenerator(AdminBookings.Row::shopName)
        .setWidth("10rem")
        .setFlexGrow(1);
    grid.addComponentColumn(AdminBookingsView::customer)
        .setHeader(getTranslation("booking.admin.column.customer"))
        .setSortProperty("customerName")
        .setKey("customer")
        .setWidth("12rem")
        .setFlexGrow(1);
    var mechanic =
        grid.addColumn(AdminBookings.Row::mechanicName)
            .setHeader(getTranslation("booking.admin.column.mechanic"))
            .setKey("mechanic")
            .setAutoWidth(true);
    var service =
        grid.addColumn(AdminBookings.Row::serviceName)
            .setHeader(getTranslation("booking.admin.column.service"))
            .setKey("service")
            .setAutoWidth(true);
    var price =
        grid.addColumn(r -> Formats.current().money(r.price()))
            .setHeader(getTranslation("booking.admin.column.price"))
            .setKey("price")
            .setAutoWidth(true)
            .setFlexGrow(0);
    grid.addComponentColumn(r -> payment(r.payment()))
        .setHeader(getTranslation("booking.admin.column.payment"))
        .setKey("payment")
        .setAutoWidth(true)
        .setFlexGrow(0);
    var made =
        grid.addColumn(r -> Formats.current().shortWhen(r.createdAt(), r.zone()))
            .setHeader(getTranslation("booking.admin.column.made"))
            .setSortProperty("createdAt")
            .setKey("made")
            .setAutoWidth(true);
    var sourceColumn =
        grid.addComponentColumn(r -> BookingLabels.source(r.source()))
            .setHeader(getTranslation("booking.admin.column.source"))
            .setKey("source")
            .setAutoWidth(true)
            .setFlexGrow(0);
    columns =
        GridColumns.of(grid)
            // With the menu beside it, a laptop's grid keeps who, where, when and the payment.
            .hideBelow(1600, service, made, sourceColumn)
            .hideBelow(1400, mechanic, price)
            .cardsBelow(
                640,
                r ->
                    GridColumns.card(
                        getTranslation("booking.admin.card.title", r.customerName(), r.shopName()),
                        List.of(
                            Formats.current().shortWhenIn(r.startsAt(), r.zone()),
                            r.serviceName() + " · " + r.mechanicName(),
                            Formats.current().money(r.price()) + " · " + r.paymentLabel()),
                        BookingLabels.badge(r.status(), r.cancelledLate()),
                        BookingLabels.source(r.source())));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(getTranslation("booking.admin.empty"));
    grid.setId("admin-bookings");
    grid.setMultiSort(false);
    var latestFirst = new GridSortOrder<>(when, SortDirection.DESCENDING);
    grid.sort(List.of(latestFirst));
    grid.setItems(q -> admin.search(filter(), page(q)).stream());
    grid.addItemClickListener(
        e -> getUI().ifPresent(ui -> ui.navigate("admin/bookings/" + e.getItem().id())));

    filters =
        FilterUrl.at("admin/bookings", this::refresh)
            .text("q", search)
            .choice("status", status, BookingStatus.class)
            .choice("source", source, BookingSource.class)
            .item("shop", shop, shops, choice -> choice.id().toString())
            .date("from", from)
            .date("to", to)
            .sort("sort", grid, latestFirst);

    var bar = new Div(search, status, source, shop, from, to);
    bar.addClassNames("otopair-filters", "otopair-admin-bookings-filters");
    add(bar, grid);
  }

  /** The filters as the service reads them; a range picked the wrong way round reads as one day. */
  BookingConsoleFilter filter() {
    LocalDate first = from.getValue();
    LocalDate last = to.getValue();
    if (first != null && last != null && last.isBefore(first)) {
      last = first;
    }
    String text = search.getValue();
    return new BookingConsoleFilter(
        text.length() > BookingConsoleFilter.MAX_TEXT
            ? text.substring(0, BookingConsoleFilter.MAX_TEXT)
            : text,
        status.getValue(),
        source.getValue(),
        shop.getValue() == null ? null : shop.getValue().id(),
        first,
        last);
  }

  /** The grid's page; a request for everything at once (a test's) reads the first rows. */
  private static Pageable page(Query<AdminBookings.Row, Void> query) {
    Pageable page = VaadinSpringDataHelpers.toSpringPageRequest(query);
    return page.getPageSize() > AdminBookings.MAX_PAGE
        ? PageRequest.of(0, AdminBookings.MAX_PAGE, page.getSort())
        : page;
  }

  void refresh() {
    grid.getDataProvider().refreshAll();
  }

  /** Where this search lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }

  /** "Tue, Dec 8, 9:00 AM · Vancouver", the shop's zone named in full when hovered. */
  private static Span when(AdminBookings.Row row) {
    var when = new Span(Formats.current().shortWhenIn(row.startsAt(), row.zone()));
    when.setTitle(Formats.current().when(row.startsAt(), row.zone()));
    return when;
  }

  /** The customer's name over their email. */
  private static Div customer(AdminBookings.Row row) {
    var email = new Span(row.customerEmail());
    email.addClassName("otopair-muted");
    var customer = new Div(new Span(row.customerName()), email);
    customer.addClassName("otopair-admin-booking-customer");
    customer.setTitle(row.customerName() + " · " + row.customerEmail());
    return customer;
  }

  private static Badge payment(BookingPaymentStates.State state) {
    return new Badge(
        state.label(),
        switch (state) {
          case PAID -> Tone.SUCCESS;
          case FAILED -> Tone.ERROR;
          case AWAITING, DUE, AUTHORIZED -> Tone.WARNING;
          default -> Tone.CONTRAST;
        });
  }
}
