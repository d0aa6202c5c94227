package com.otopair.booking;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.shops.ShopService;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the booking services take from people, whichever page or API call it came through: control
 * characters in any text and dates at the ends of time are refused next to their field before
 * anything is stored or computed; line breaks stay fine in the description of the problem.
 */
class BookingInputTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final List<String> CONTROLS = List.of("\u0000", "\u0007", "\u001b[2J", "\u007f", "\u0085");
  static final String MESSAGE = "control character";

  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired Quotes quotes;
  @Autowired ShopSearch search;
  @Autowired ShopService shopPages;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures fixture;
  String slug;
  LocalDate monday;

  @BeforeEach
  void shopAndCustomer() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    slug =
        jdbc.queryForObject(
            "select slug from shops where id = ?", String.class, fixture.shop().shopId());
    monday = TestDays.nextMonday(clock, TORONTO);
    SignIn.as(userDetails, BookingFixtures.customers(users, 1).getFirst());
  }

  Instant at(int hour) {
    return monday.atTime(hour, 0).atZone(TORONTO).toInstant();
  }

  UUID held() {
    return bookings
        .hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().bea(), at(9))
        .id();
  }

  static BookingDetails details(UnaryOperator<String> make, UnaryOperator<String> model) {
    return new BookingDetails(
        new VehicleDetails(null, 2019, make.apply("Toyota"), model.apply("Corolla"), null, "ABC1"),
        "Brakes",
        "+1 514 555 0123");
  }

  @Test
  void controlCharactersInTheVehicleProblemOrPhoneAreRefusedNextToTheirField() {
    UUID hold = held();
    for (String control : CONTROLS) {
      assertRefusedAt(
          () -> bookings.confirm(hold, details(make -> make + control, model -> model)),
          "make",
          MESSAGE);
      assertRefusedAt(
          () -> bookings.confirm(hold, details(make -> make, model -> "Co" + control + "rolla")),
          "model",
          MESSAGE);
      assertRefusedAt(
          () ->
              bookings.confirm(
                  hold,
                  new BookingDetails(
                      new VehicleDetails(
                          null, 2019, "Toyota", "Corolla", "1HGCM8263" + control, "ABC1"),
                      "",
                      "+1 514 555 0123")),
          "vin",
          MESSAGE);
      assertRefusedAt(
          () ->
              bookings.confirm(
                  hold,
                  new BookingDetails(
                      new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "AB" + control),
                      "",
                      "+1 514 555 0123")),
          "plate",
          MESSAGE);
      assertRefusedAt(
          () ->
              bookings.confirm(
                  hold,
                  new BookingDetails(
                      details(m -> m, m -> m).vehicle(), "Brakes" + control, "+1 514 555 0123")),
          "problem",
          MESSAGE);
      assertRefusedAt(
          () ->
              bookings.confirm(
                  hold,
                  new BookingDetails(
                      details(m -> m, m -> m).vehicle(), "Brakes", "+1 514 555 0123" + control)),
          "phone",
          MESSAGE);
    }
    // One line only in a make; a description may have several, and tabs.
    assertRefusedAt(
        () -> bookings.confirm(hold, details(make -> "Toy\nota", model -> model)), "make", MESSAGE);
    BookingSummary confirmed =
        bookings.confirm(
            hold,
            new BookingDetails(
                details(m -> m, m -> m).vehicle(), "Grinding\r\n\tfront left", "+1 514 555 0123"));
    assertThat(confirmed.problem()).isEqualTo("Grinding\r\n\tfront left");
  }

  @Test
  void controlCharactersInAReasonOrAShopAreRefusedNextToTheirField() {
    UUID booking = bookings.confirm(held(), details(m -> m, m -> m)).id();
    for (String control : CONTROLS) {
      assertRefusedAt(
          () -> bookingChanges.cancel(booking, "Plans" + control + " changed"), "reason", MESSAGE);
      assertRefusedAt(() -> quotes.shopOf(slug + control), "shop", MESSAGE);
      assertRefusedAt(
          () ->
              quotes.quote(
                  new Quotes.Request("Montr" + control + "eal", null, 25, null, null, null, 10)),
          "where",
          MESSAGE);
      assertThat(shopPages.publicPage(slug + control))
          .isInstanceOf(ShopService.PublicPage.NotFound.class);
    }
    assertRefusedAt(() -> bookingChanges.cancel(booking, "Plans\nchanged"), "reason", MESSAGE);
    assertThat(
            jdbc.queryForObject("select status from bookings where id = ?", String.class, booking))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void datesAtTheEndsOfTimeAreRefusedNextToTheirField() {
    for (Instant far :
        List.of(
            Instant.parse("-999999999-01-01T00:00:00Z"),
            Instant.parse("+999999999-12-31T23:59:59Z"),
            Instant.MAX,
            Instant.MIN)) {
      assertRefusedAt(
          () -> bookings.hold(fixture.shop().shopId(), fixture.oilChange(), null, far),
          "start",
          "within 5 years");
      assertRefusedAt(
          () -> quotes.quote(new Quotes.Request("Montreal", null, 25, null, far, null, 10)),
          "earliest",
          "within 5 years");
      assertRefusedAt(
          () -> quotes.quote(new Quotes.Request("Montreal", null, 25, null, null, far, 10)),
          "latest",
          "within 5 years");
    }
    for (LocalDate far : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(-999999999, 1, 1))) {
      assertRefusedAt(
          () -> quotes.slots(slug, fixture.oilChange(), null, far, null), "from", "within 5 years");
      assertRefusedAt(
          () -> quotes.slots(slug, fixture.oilChange(), null, null, far), "to", "within 5 years");
    }
    UUID booking = bookings.confirm(held(), details(m -> m, m -> m)).id();
    assertRefusedAt(
        () -> bookingChanges.reschedule(booking, null, Instant.parse("+999999999-12-31T23:59:59Z")),
        "start",
        "within 5 years");
    assertThat(
            jdbc.queryForObject("select status from bookings where id = ?", String.class, booking))
        .isEqualTo("CONFIRMED");
  }
}
