package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingSource;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Book for a customer" on the shop's bookings: every wrong field at once, a taken slot, prefill.
 */
class PhoneBookingViewTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final String EMAIL_INVALID = "Enter an email address like name@example.com";

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired BookingHolds holds;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures fixture;
  LocalDate monday;
  String tag;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    monday = TestDays.nextMonday(clock, TORONTO);
    tag = UUID.randomUUID().toString().substring(0, 8);
  }

  Instant at(int hour) {
    return monday.atTime(hour, 0).atZone(TORONTO).toInstant();
  }

  private ShopBookingsView openBookings(String email) {
    signInAs(email);
    // Away first: the router keeps the instance of the view it already shows.
    navigate("home");
    navigate("shop-bookings");
    return _get(ShopBookingsView.class);
  }

  private PhoneBookingDialog openDialog(ShopBookingsView view) {
    _click(view.bookForCustomer);
    return Objects.requireNonNull(view.phoneBooking);
  }

  private void pick(PhoneBookingDialog dialog, UUID mechanic, int hour) {
    _setValue(dialog.service, dialog.service.getListDataView().getItem(0));
    if (!dialog.mechanic.isReadOnly()) {
      _setValue(
          dialog.mechanic,
          dialog
              .mechanic
              .getListDataView()
              .getItems()
              .filter(m -> m.userId().equals(mechanic))
              .findFirst()
              .orElseThrow());
    }
    _setValue(dialog.day, monday);
    _setValue(
        dialog.slot,
        dialog
            .slot
            .getListDataView()
            .getItems()
            .filter(s -> s.start().equals(at(hour)))
            .findFirst()
            .orElseThrow());
  }

  @Test
  void everyWrongFieldIsMarkedAtOnceThenTheOwnerBooksANewCallerWhoShowsAsPhone() {
    ShopBookingsView view = openBookings(fixture.shop().ownerEmail());
    PhoneBookingDialog dialog = openDialog(view);
    _setValue(dialog.day, null);
    _click(dialog.book);
    _expectInvalid(dialog.email, "Enter the customer’s email or phone");

    _setValue(dialog.email, "not an email");
    _setValue(dialog.phone, "call me maybe");
    _click(dialog.book);

    _expectInvalid(dialog.email, EMAIL_INVALID);
    _expectInvalid(dialog.phone, "Enter a phone number like +1 512 555 0100");
    _expectInvalid(dialog.name, "Enter the customer’s name");
    _expectInvalid(dialog.service, "Pick a service");
    _expectInvalid(dialog.mechanic, "Pick a mechanic");
    _expectInvalid(dialog.day, "Pick a day");
    _expectInvalid(dialog.slot, "Pick a free time");
    assertThat(dialog.isOpened()).isTrue();

    String email = "caller-" + tag + "@example.test";
    _setValue(dialog.email, email);
    _setValue(dialog.phone, "");
    _setValue(dialog.name, "Casey Caller");
    pick(dialog, fixture.shop().alex(), 10);
    _click(dialog.book);

    assertThat(dialog.isOpened()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select b.source from bookings b join users u on u.id = b.customer_id"
                    + " where u.email = ? and b.status = 'CONFIRMED'",
                String.class,
                email))
        .isEqualTo("PHONE");
    assertThat(GridKt._size(view.grid)).isEqualTo(1);
    var row = GridKt._get(view.grid, 0);
    assertThat(row.customerName()).isEqualTo("Casey Caller");
    assertThat(row.source()).isEqualTo(BookingSource.PHONE);
    assertThat(BookingLabels.source(row).getText()).isEqualTo("Phone");
  }

  @Test
  void aTimeSomeoneBookedMeanwhileIsSaidNextToTheTime() {
    ShopBookingsView view = openBookings(fixture.shop().ownerEmail());
    PhoneBookingDialog dialog = openDialog(view);
    _setValue(dialog.email, "late-" + tag + "@example.test");
    _setValue(dialog.name, "Late Caller");
    pick(dialog, fixture.shop().bea(), 9);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    CompletableFuture.runAsync(
            () -> {
              SignIn.as(userDetails, customer);
              try {
                var held =
                    holds.hold(
                        fixture.shop().shopId(), fixture.oilChange(), fixture.shop().bea(), at(9));
                holds.confirm(
                    held.id(),
                    new BookingDetails(
                        new VehicleDetails(null, 2017, "Mazda", "3", null, ""),
                        "",
                        "+1 514 555 0123"));
              } finally {
                SecurityContextHolder.clearContext();
              }
            })
        .join();

    _click(dialog.book);

    _expectInvalid(dialog.slot, "Someone just booked this time. Pick another free time.");
    assertThat(dialog.isOpened()).isTrue();
    assertThat(dialog.slot.getListDataView().getItems()).noneMatch(s -> s.start().equals(at(9)));
  }

  @Test
  void aFreeSlotOfTheScheduleOpensTheDialogPrefilledAndAMechanicBooksOnlyForThemself() {
    signInAs(fixture.shop().ownerEmail());
    navigate(
        "shop-bookings?book="
            + at(11)
            + "&mechanic="
            + fixture.shop().bea()
            + "&service="
            + fixture.oilChange());
    ShopBookingsView view = _get(ShopBookingsView.class);
    PhoneBookingDialog dialog = Objects.requireNonNull(view.phoneBooking);
    assertThat(dialog.isOpened()).isTrue();
    assertThat(dialog.service.getValue().id()).isEqualTo(fixture.oilChange());
    assertThat(dialog.mechanic.getValue().userId()).isEqualTo(fixture.shop().bea());
    assertThat(dialog.day.getValue()).isEqualTo(monday);
    assertThat(dialog.slot.getValue().start()).isEqualTo(at(11));
    dialog.close();

    ShopBookingsView asAlex = openBookings(fixture.shop().alexEmail());
    PhoneBookingDialog his = openDialog(asAlex);
    assertThat(his.mechanic.isReadOnly()).isTrue();
    assertThat(his.mechanic.getValue().userId()).isEqualTo(fixture.shop().alex());
    assertThat(his.mechanic.getListDataView().getItems()).hasSize(1);
  }
}
