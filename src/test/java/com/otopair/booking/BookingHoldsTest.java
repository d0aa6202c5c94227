package com.otopair.booking;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.Slot;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

class BookingHoldsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired MyBookings myBookings;
  @Autowired Availability availability;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired AccountService accounts;
  @Autowired Quotes quotes;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures fixture;
  LocalDate monday;
  List<String> customers;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    monday = TestDays.nextMonday(clock, TORONTO);
    customers = BookingFixtures.customers(users, 2);
    SignIn.as(userDetails, customers.getFirst());
  }

  Instant at(int hour, int minute) {
    return monday.atTime(hour, minute).atZone(TORONTO).toInstant();
  }

  static BookingDetails details() {
    return new BookingDetails(
        new VehicleDetails(null, 2019, "Toyota", "Corolla", "1HGCM82633A004352", "abc 123"),
        "Grinding noise when braking",
        "+1 514 555 0123");
  }

  List<Slot> alexSlots() {
    return availability.slots(
        fixture.shop().shopId(),
        ScheduleFixtures.service(60, BookingFixtures.PRICE, OfferingMode.IN_SHOP),
        fixture.shop().alex(),
        monday,
        monday);
  }

  @Test
  void aCustomerHoldsAPeakSlotAndConfirmsItWithTheirVehicle() {
    BookingSummary held =
        bookings.hold(
            fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(9, 0));

    assertThat(held.status()).isEqualTo(BookingStatus.HELD);
    assertThat(held.price()).isEqualTo(new Money(12000, "CAD"));
    assertThat(Duration.between(clock.instant(), held.holdExpiresAt()))
        .isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
    // The held time and its 10-minute buffer are no longer offered.
    assertThat(alexSlots())
        .extracting(Slot::start)
        .doesNotContain(at(9, 0), at(9, 45))
        .contains(at(10, 15));

    BookingSummary confirmed = bookings.confirm(held.id(), details());

    assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(confirmed.vehicle()).isEqualTo("2019 Toyota Corolla");
    assertThat(confirmed.zone()).isEqualTo(TORONTO);
    assertThat(myBookings.vehicles()).extracting(VehicleDetails::plate).containsExactly("ABC 123");
    assertThat(myBookings.list()).extracting(BookingSummary::id).contains(confirmed.id());
  }

  @Test
  void anExpiredHoldFreesTheSlotAndCanNoLongerBeConfirmed() {
    BookingSummary held =
        bookings.hold(
            fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(10, 0));
    clock.advance(Duration.ofMinutes(11));

    SignIn.as(userDetails, customers.get(1));
    BookingSummary other =
        bookings.hold(
            fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(10, 0));
    assertThat(other.status()).isEqualTo(BookingStatus.HELD);

    SignIn.as(userDetails, customers.getFirst());
    assertThatThrownBy(() -> bookings.confirm(held.id(), details()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("hold on this slot ran out");
  }

  @Test
  void aTakenSlotIsRefusedWithTheNearestFreeOnes() {
    bookings.hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(10, 0));
    SignIn.as(userDetails, customers.get(1));

    assertThatThrownBy(
            () ->
                bookings.hold(
                    fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(10, 0)))
        .isInstanceOfSatisfying(
            SlotTakenException.class,
            taken -> {
              assertThat(taken.getMessage()).startsWith("That slot was just taken");
              assertThat(taken.alternatives()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            });
    // "Any mechanic" at the same time still finds Béa.
    BookingSummary any =
        bookings.hold(fixture.shop().shopId(), fixture.oilChange(), null, at(10, 0));
    assertThat(any.mechanicId()).isEqualTo(fixture.shop().bea());
    assertThat(any.price()).isEqualTo(BookingFixtures.PRICE);
  }

  @Test
  void badRequestsAreRefusedClearly() {
    assertThatThrownBy(
            () ->
                bookings.hold(
                    fixture.shop().shopId(),
                    fixture.oilChange(),
                    fixture.shop().alex(),
                    clock.instant().minus(Duration.ofHours(1))))
        .hasMessage("That time has passed; pick a later slot");
    BookingSummary held =
        bookings.hold(
            fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(9, 0));
    assertRefusedAt(
        () ->
            bookings.confirm(
                held.id(),
                new BookingDetails(
                    new VehicleDetails(null, 2019, "Toyota", "Corolla", "1HGCM82633A004353", ""),
                    "",
                    "+1 514 555 0123")),
        "vin",
        "check digit");
    assertRefusedAt(
        () ->
            bookings.confirm(
                held.id(),
                new BookingDetails(
                    new VehicleDetails(null, 2019, "Toyota", "Corolla", null, ""), "", "")),
        "phone",
        "Enter a phone number");

    SignIn.as(userDetails, customers.get(1));
    assertThatThrownBy(() -> bookings.confirm(held.id(), details()))
        .hasMessage("We couldn’t find that booking");
    assertThatThrownBy(() -> myBookings.booking(UUID.randomUUID()))
        .hasMessage("We couldn’t find that booking");
  }

  @Test
  void theOwnerWhoHasNoScheduleIsNeitherListedNorBookableAndEveryListedMechanicIs() {
    UUID owner = membership.ownersOf(fixture.shop().shopId()).getFirst();
    String slug =
        jdbc.queryForObject(
            "select slug from shops where id = ?", String.class, fixture.shop().shopId());

    Quotes.ShopMenu menu = quotes.menu(slug);

    assertThat(menu.mechanics())
        .extracting(m -> m.userId())
        .containsExactly(fixture.shop().alex(), fixture.shop().bea());
    for (var mechanic : menu.mechanics()) {
      assertThat(quotes.slots(slug, fixture.oilChange(), mechanic.userId(), monday, monday).slots())
          .isNotEmpty();
    }
    assertRefusedAt(
        () -> quotes.slots(slug, fixture.oilChange(), owner, monday, monday),
        "mechanic",
        "Pick one of this shop’s mechanics");
    assertRefusedAt(
        () -> bookings.hold(fixture.shop().shopId(), fixture.oilChange(), owner, at(9, 0)),
        "mechanic",
        "Pick one of this shop’s mechanics");
  }

  @Test
  void anUnverifiedCustomerMustConfirmTheirEmailFirst() {
    String email = "unverified-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    accounts.signUp(new SignUp("Una Verified", email, "a long passphrase", Roles.CUSTOMER));
    SignIn.as(userDetails, email);

    assertThatThrownBy(
            () ->
                bookings.hold(
                    fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(9, 0)))
        .hasMessageStartingWith("Confirm your email first");
  }
}
