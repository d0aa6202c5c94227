package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.booking.AdminBookings;
import com.otopair.booking.BookingSource;
import com.otopair.booking.BookingStatus;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admins' bookings grid: filters and order in the address, a row opens, cards on a phone. */
class AdminBookingsViewTest extends KaribuTest {

  static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired JdbcTemplate jdbc;

  String tag;
  ScheduleFixtures shop;
  LocalDate day;
  UUID web;
  UUID phone;

  @BeforeEach
  void twoBookingsInVancouver() {
    tag = "v" + UUID.randomUUID().toString().substring(0, 7);
    shop = ScheduleFixtures.create(users, shops, membership, VANCOUVER.getId());
    UUID service =
        shops.addOffering(
            shop.shopId(),
            ScheduleFixtures.service(60, new Money(9000, "CAD"), OfferingMode.IN_SHOP));
    UUID ava =
        users.createVerifiedUser(
            "ava-" + tag + "@example.test", "Ava " + tag, Roles.CUSTOMER, "a long passphrase");
    UUID ben =
        users.createVerifiedUser(
            "ben-" + tag + "@example.test", "Ben " + tag, Roles.CUSTOMER, "a long passphrase");
    day = LocalDate.now(clock).plusDays(20);
    // 21:00 in Vancouver: already the next day in UTC.
    web = insert(service, ava, "COMPLETED", "WEB", day.atTime(21, 0).atZone(VANCOUVER).toInstant());
    phone =
        insert(service, ben, "COMPLETED", "PHONE", day.atTime(9, 0).atZone(VANCOUVER).toInstant());
  }

  private UUID insert(UUID service, UUID customer, String status, String source, Instant start) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into bookings (id, shop_id, mechanic_id, customer_id, offering_id, service_name,"
            + " status, starts_at, ends_at, blocked_from, blocked_until, price_minor, currency,"
            + " multiplier, created_at, source)"
            + " values (?, ?, ?, ?, ?, 'Service', ?, ?, ?, ?, ?, 9000, 'CAD', 1, ?, ?)",
        id,
        shop.shopId(),
        shop.alex(),
        customer,
        service,
        status,
        Timestamp.from(start),
        Timestamp.from(start.plus(Duration.ofHours(1))),
        Timestamp.from(start),
        Timestamp.from(start.plus(Duration.ofHours(1))),
        Timestamp.from(clock.instant()),
        source);
    return id;
  }

  private AdminBookingsView open(String query) {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/bookings" + query);
    return _get(AdminBookingsView.class);
  }

  private static List<UUID> rows(AdminBookingsView view) {
    return GridKt._findAll(view.grid).stream().map(AdminBookings.Row::id).toList();
  }

  private static String cell(AdminBookingsView view, String key) {
    return GridKt._getCellComponent(view.grid, 0, key).getElement().getTextRecursively();
  }

  private static Grid.Column<AdminBookings.Row> column(AdminBookingsView view, String key) {
    return view.grid.getColumnByKey(key);
  }

  @Test
  void theFiltersAndTheOrderComeFromTheAddressAndGoBackIntoIt() {
    AdminBookingsView view =
        open(
            "?q="
                + tag
                + "&status=COMPLETED&source=PHONE&shop="
                + shop.shopId()
                + "&from="
                + day
                + "&to="
                + day
                + "&sort=customerName,asc");

    assertThat(view.search.getValue()).isEqualTo(tag);
    assertThat(view.status.getValue()).isEqualTo(BookingStatus.COMPLETED);
    assertThat(view.source.getValue()).isEqualTo(BookingSource.PHONE);
    assertThat(view.shop.getValue().id()).isEqualTo(shop.shopId());
    assertThat(view.from.getValue()).isEqualTo(day);
    assertThat(view.to.getValue()).isEqualTo(day);
    assertThat(view.grid.getSortOrder())
        .singleElement()
        .satisfies(
            order -> {
              assertThat(order.getSorted()).isSameAs(column(view, "customer"));
              assertThat(order.getDirection()).isEqualTo(SortDirection.ASCENDING);
            });
    assertThat(rows(view)).containsExactly(phone);

    view.source.setValue(null);
    view.grid.sort(List.of(new GridSortOrder<>(column(view, "shop"), SortDirection.DESCENDING)));

    assertThat(rows(view)).containsExactlyInAnyOrder(web, phone);
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .isEqualTo(
            Map.of(
                "q", List.of(tag),
                "status", List.of("COMPLETED"),
                "shop", List.of(shop.shopId().toString()),
                "from", List.of(day.toString()),
                "to", List.of(day.toString()),
                "sort", List.of("shopName,desc")));

    view.grid.sort(List.of(new GridSortOrder<>(view.when, SortDirection.DESCENDING)));
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .doesNotContainKey("sort");
    assertThat(rows(view)).containsExactly(web, phone);
    view.grid.sort(List.of(new GridSortOrder<>(view.when, SortDirection.ASCENDING)));
    assertThat(view.filterLocation().getQueryParameters().getParameters().get("sort"))
        .containsExactly("startsAt,asc");
    assertThat(rows(view)).containsExactly(phone, web);
  }

  @Test
  void aValueTheAddressCannotTakeIsIgnored() {
    AdminBookingsView view =
        open("?q=" + tag + "&status=NOPE&source=fax&from=yesterday&sort=price,sideways");

    assertThat(view.status.getValue()).isNull();
    assertThat(view.source.getValue()).isNull();
    assertThat(view.from.getValue()).isNull();
    assertThat(view.grid.getSortOrder().getFirst().getSorted()).isSameAs(view.when);
    assertThat(rows(view)).containsExactly(web, phone);
  }

  @Test
  void aFilterNarrowsTheGridAndEachTimeReadsInItsShopsZone() {
    AdminBookingsView view = open("?q=" + tag);
    assertThat(rows(view)).containsExactly(web, phone);

    view.source.setValue(BookingSource.PHONE);
    assertThat(rows(view)).containsExactly(phone);
    view.source.setValue(null);
    view.from.setValue(day);
    view.to.setValue(day);
    assertThat(rows(view)).containsExactly(web, phone);
    view.from.setValue(day.plusDays(1));
    view.to.setValue(day.plusDays(1));
    assertThat(rows(view)).isEmpty();
    view.from.setValue(null);
    view.to.setValue(null);
    view.search.setValue("nobody-" + tag);
    assertThat(rows(view)).isEmpty();
    assertThat(view.grid.getEmptyStateText()).startsWith("Bookings of every shop appear here");

    view.search.setValue(tag);
    assertThat(cell(view, "when")).endsWith("9:00 PM · Vancouver");
    assertThat(cell(view, "customer")).isEqualTo("Ava " + tag + "ava-" + tag + "@example.test");
    assertThat(cell(view, "payment")).isEqualTo("No payment");
  }

  /**
   * Stands for the booking's own page (another part of the console) where this branch has none: a
   * route of the test's session only, that records which booking it was opened for.
   */
  @RolesAllowed(Roles.ADMIN)
  public static class StandInBookingPage extends Div implements BeforeEnterObserver {

    static @Nullable String opened;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
      opened = event.getRouteParameters().get("bookingId").orElse(null);
    }
  }

  @Test
  void aRowOpensTheBookingsPage() {
    AdminBookingsView view = open("?q=" + tag);
    boolean built =
        RouteConfiguration.forApplicationScope().getRoute("admin/bookings/" + phone).isPresent();
    if (!built) {
      RouteConfiguration.forSessionScope()
          .setRoute("admin/bookings/:bookingId", StandInBookingPage.class);
      StandInBookingPage.opened = null;
    }

    GridKt._clickItem(view.grid, 1);

    if (built) {
      assertThat(currentView()).isEqualTo("AdminBookingView");
      assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
          .isEqualTo("admin/bookings/" + phone);
    } else {
      assertThat(StandInBookingPage.opened).isEqualTo(phone.toString());
    }
  }

  @Test
  void aPhoneSeesOneCardPerBooking() {
    AdminBookingsView view = open("?q=" + tag);

    view.columns.apply(375);

    assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible))
        .extracting(Grid.Column::getKey)
        .containsExactly("card");
    String card = GridKt._getCellComponent(view.grid, 0, "card").getElement().getTextRecursively();
    assertThat(card)
        .contains("Ava " + tag)
        .contains("9:00 PM · Vancouver")
        .contains("Done")
        .contains("Web");
  }

  @Test
  void onlyAdminsOpenTheBookingsConsole() {
    for (String email :
        List.of(
            DemoAccounts.CUSTOMER.email(),
            DemoAccounts.MECHANICS.getFirst().email(),
            DemoAccounts.SHOP_OWNERS.getFirst().email())) {
      signInAs(email);
      navigate("admin/bookings");
      assertThat(currentView()).as(email).isIn("AccessDeniedView", "NotFoundView");
    }
  }
}
