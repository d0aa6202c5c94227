package com.otopair.booking;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.I18n;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.identity.AccountService;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.SignedInRace;
import com.otopair.support.TestDays;
import com.otopair.support.TestMail;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The shop books for a customer it finds or creates; the booking is confirmed and PHONE. */
class PhoneBookingsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired PhoneBookings phoneBookings;
  @Autowired BookingHolds holds;
  @Autowired AccountService accounts;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
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
    SignIn.as(userDetails, fixture.shop().ownerEmail());
  }

  Instant at(int hour) {
    return monday.atTime(hour, 0).atZone(TORONTO).toInstant();
  }

  PhoneBooking call(
      String name, @Nullable String email, @Nullable String phone, UUID mechanic, int hour) {
    return new PhoneBooking(
        name, email, phone, fixture.oilChange(), mechanic, at(hour), "Squeaks when cold");
  }

  Map<String, Object> row(UUID bookingId) {
    return jdbc.queryForMap(
        "select b.source, b.status, b.price_minor, b.mechanic_id, b.customer_id, u.email,"
            + " u.email_verified_at from bookings b join users u on u.id = b.customer_id"
            + " where b.id = ?",
        bookingId);
  }

  @Test
  void theOwnerBooksANewCallerWhoGetsTheConfirmationAndALinkToClaimTheirAccount() {
    String email = "caller-" + tag + "@example.test";

    var booked =
        phoneBookings.book(
            fixture.shop().shopId(),
            call("Casey Caller", email, "+1 416 555 0199", fixture.shop().alex(), 9));

    assertThat(booked.newCustomer()).isTrue();
    var row = row(booked.booking().id());
    assertThat(row.get("source")).isEqualTo("PHONE");
    assertThat(row.get("status")).isEqualTo("CONFIRMED");
    // The engine's price: Alex works Mondays at ×1.5.
    assertThat(row.get("price_minor")).isEqualTo(12000L);
    assertThat(row.get("email")).isEqualTo(email);
    assertThat(row.get("email_verified_at")).isNull();
    assertThat(TestMail.text(TestMail.awaitSubject(email, "Booked: Oil change")))
        .contains("/manage/" + booked.booking().id() + "?token=");
    assertThat(TestMail.awaitSubject(email, "choose a password")).isNotNull();

    String link = TestMail.awaitLink(email, "reset-password", 0);
    accounts.resetPassword(link.substring(link.indexOf("token=") + 6), "a claimed passphrase");
    assertThat(
            jdbc.queryForObject(
                "select email_verified_at is not null from users where email = ?",
                Boolean.class,
                email))
        .isTrue();
  }

  @Test
  void aCallerBookedFromAFrenchPageGetsTheirMailsInFrench() {
    String email = "appel-" + tag + "@example.test";

    I18n.in(
        I18n.FRENCH,
        () ->
            phoneBookings.book(
                fixture.shop().shopId(),
                call("Camille Appel", email, null, fixture.shop().bea(), 11)));

    assertThat(TestMail.awaitSubject(email, "Votre compte Otopair est prêt")).isNotNull();
    assertThat(
            jdbc.queryForObject("select language from users where email = ?", String.class, email))
        .isEqualTo("fr");
  }

  @Test
  void aKnownCustomerIsFoundByEmailOrByTheirPhoneHoweverItIsTyped() {
    String known = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, known);
    var draw = new Random();
    accounts.updateProfile(
        "Kim Known",
        String.format(
            "(%03d) %03d-%04d",
            200 + draw.nextInt(700), 200 + draw.nextInt(700), draw.nextInt(10000)));
    UUID knownId = users.findByEmail(known).orElseThrow();
    String digits =
        jdbc.queryForObject("select phone from users where id = ?", String.class, knownId)
            .replaceAll("[^0-9]", "");
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    long accountsBefore = jdbc.queryForObject("select count(*) from users", Long.class);

    var byEmail =
        phoneBookings.book(
            fixture.shop().shopId(), call("", known.toUpperCase(), null, fixture.shop().alex(), 9));
    var byPhone =
        phoneBookings.book(
            fixture.shop().shopId(), call("", "", "+1 " + digits, fixture.shop().bea(), 9));

    assertThat(byEmail.newCustomer()).isFalse();
    assertThat(byPhone.newCustomer()).isFalse();
    assertThat(row(byEmail.booking().id()).get("customer_id")).isEqualTo(knownId);
    assertThat(row(byPhone.booking().id()).get("customer_id")).isEqualTo(knownId);
    assertThat(jdbc.queryForObject("select count(*) from users", Long.class))
        .isEqualTo(accountsBefore);
  }

  @Test
  void whatIsMissingOrWrongIsRefusedNextToItsFieldAndNothingIsWritten() {
    UUID shop = fixture.shop().shopId();
    UUID alex = fixture.shop().alex();
    assertRefusedAt(
        () -> phoneBookings.book(shop, call("Casey", "", "", alex, 9)),
        "customerEmail",
        "email or phone");
    assertRefusedAt(
        () -> phoneBookings.book(shop, call("Casey", "not an email", null, alex, 9)),
        "customerEmail",
        "");
    assertRefusedAt(
        () -> phoneBookings.book(shop, call("", "new-" + tag + "@example.test", null, alex, 9)),
        "customerName",
        "");
    assertRefusedAt(
        () -> phoneBookings.book(shop, call("Casey", null, "+1 999 555 0000", alex, 9)),
        "customerPhone",
        "add their email");
    assertRefusedAt(
        () ->
            phoneBookings.book(
                shop,
                new PhoneBooking(
                    "Casey", "new-" + tag + "@example.test", null, null, alex, at(9), "")),
        "service",
        "Pick a service");
    assertRefusedAt(
        () ->
            phoneBookings.book(
                shop,
                new PhoneBooking(
                    "Casey",
                    "new-" + tag + "@example.test",
                    null,
                    fixture.oilChange(),
                    alex,
                    clock.instant().minusSeconds(3600),
                    "")),
        "start",
        "");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from users where email = ?",
                Long.class,
                "new-" + tag + "@example.test"))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where shop_id = ?", Long.class, shop))
        .isZero();
  }

  @Test
  void aMechanicBooksOnlyForThemselvesAndStrangersAndCustomersFindNoShop() {
    UUID shop = fixture.shop().shopId();
    SignIn.as(userDetails, fixture.shop().alexEmail());
    assertThatThrownBy(
            () ->
                phoneBookings.book(
                    shop,
                    call("Casey", "m-" + tag + "@example.test", null, fixture.shop().bea(), 9)))
        .isExactlyInstanceOf(NotAllowedException.class);
    var own =
        phoneBookings.book(
            shop, call("Casey", "m-" + tag + "@example.test", null, fixture.shop().alex(), 9));
    assertThat(row(own.booking().id()).get("mechanic_id")).isEqualTo(fixture.shop().alex());
    assertThat(phoneBookings.freeSlots(shop, fixture.oilChange(), null, monday))
        .allMatch(s -> s.mechanicId().equals(fixture.shop().alex()));

    var other = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    for (String stranger : List.of(other.shop().ownerEmail(), other.shop().alexEmail(), customer)) {
      SignIn.as(userDetails, stranger);
      assertThatThrownBy(
              () ->
                  phoneBookings.book(
                      shop,
                      call("Casey", "s-" + tag + "@example.test", null, fixture.shop().bea(), 10)))
          .isExactlyInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> phoneBookings.freeSlots(shop, fixture.oilChange(), null, monday))
          .isExactlyInstanceOf(NotFoundException.class);
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where shop_id = ?", Long.class, shop))
        .isEqualTo(1L);
  }

  @Test
  void twoStaffBookingTheSameSlotAtOnceMakeOneBookingAndTheOtherIsToldItWasTaken()
      throws Exception {
    UUID shop = fixture.shop().shopId();
    UUID alex = fixture.shop().alex();
    List<Boolean> won =
        SignedInRace.run(
            userDetails,
            List.of(fixture.shop().ownerEmail(), fixture.shop().alexEmail()),
            List.of(
                () ->
                    phoneBookings.book(
                        shop, call("One", "one-" + tag + "@example.test", null, alex, 10)),
                () ->
                    phoneBookings.book(
                        shop, call("Two", "two-" + tag + "@example.test", null, alex, 10))));

    assertThat(won).containsExactlyInAnyOrder(true, false);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where shop_id = ? and mechanic_id = ?"
                    + " and starts_at = ? and status = 'CONFIRMED' and source = 'PHONE'",
                Long.class,
                shop,
                alex,
                Timestamp.from(at(10))))
        .isEqualTo(1L);
    // The loser's new customer went with its transaction.
    assertThat(
            jdbc.queryForObject(
                "select count(*) from users where email in (?, ?)",
                Long.class,
                "one-" + tag + "@example.test",
                "two-" + tag + "@example.test"))
        .isEqualTo(1L);
  }

  @Test
  void aBookingMadeOnTheWebIsWeb() {
    String customer = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, customer);
    var held =
        holds.hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().bea(), at(9));
    holds.confirm(held.id(), BookingHoldsTest.details());

    assertThat(row(held.id()).get("source")).isEqualTo("WEB");
  }
}
