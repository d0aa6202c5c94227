package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A shop with one slot on Mondays: when its booking is cancelled, the first in line gets it. */
class WaitlistTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired Waitlist waitlist;
  @Autowired BookingService bookings;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  ScheduleFixtures shop;
  UUID service;
  LocalDate monday;
  List<String> customers;

  @BeforeEach
  void oneSlotShop() {
    shop = ScheduleFixtures.create(users, shops, membership, TORONTO.getId());
    schedules.weeklyHours(
        shop.shopId(),
        shop.alex(),
        List.of(
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), BigDecimal.ONE)));
    service =
        shops.addOffering(
            shop.shopId(),
            new Offering(
                null,
                "Inspection",
                "A full inspection.",
                OfferingCategory.INSPECTION,
                60,
                BookingFixtures.PRICE,
                OfferingMode.IN_SHOP,
                true));
    monday =
        LocalDate.now(clock.withZone(TORONTO))
            .plusWeeks(1)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    customers = BookingFixtures.customers(users, 3);
  }

  @Test
  void whenTheOnlySlotIsCancelledTheFirstInLineGetsItHeldAndAnEmail() {
    SignIn.as(userDetails, customers.get(0));
    assertThatThrownBy(() -> waitlist.join(shop.shopId(), service, monday))
        .hasMessage("That day has free slots; pick one of them");
    var held =
        bookings.hold(
            shop.shopId(), service, null, monday.atTime(9, 0).atZone(TORONTO).toInstant());
    BookingSummary booked = bookings.confirm(held.id(), BookingServiceTest.details());

    SignIn.as(userDetails, customers.get(1));
    waitlist.join(shop.shopId(), service, monday);
    assertThatThrownBy(() -> waitlist.join(shop.shopId(), service, monday))
        .hasMessage("You're already on the waitlist for that day");
    SignIn.as(userDetails, customers.get(2));
    waitlist.join(shop.shopId(), service, monday);

    SignIn.as(userDetails, customers.get(0));
    bookings.cancel(booked.id(), "Plans changed");

    var mail =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> TestMail.receivedBy(customers.get(1)), list -> !list.isEmpty())
            .getFirst();
    assertThat(TestMail.subject(mail)).contains("held for you for 15 minutes");
    SignIn.as(userDetails, customers.get(1));
    BookingSummary offered =
        bookings.myBookings().stream()
            .filter(b -> b.status() == BookingStatus.HELD)
            .findFirst()
            .orElseThrow();
    assertThat(TestMail.text(mail)).contains("/hold?hold=" + offered.id());
    assertThat(Duration.between(clock.instant(), offered.holdExpiresAt()))
        .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    assertThat(bookings.confirm(offered.id(), BookingServiceTest.details()).status())
        .isEqualTo(BookingStatus.CONFIRMED);

    SignIn.as(userDetails, customers.get(2));
    assertThat(bookings.myBookings()).isEmpty();
  }

  @Test
  void aCustomerHoldingAnotherSlotIsPassedOverAndStaysInLine() {
    SignIn.as(userDetails, customers.get(0));
    BookingSummary booked =
        bookings.confirm(
            bookings
                .hold(shop.shopId(), service, null, monday.atTime(9, 0).atZone(TORONTO).toInstant())
                .id(),
            BookingServiceTest.details());
    SignIn.as(userDetails, customers.get(1));
    waitlist.join(shop.shopId(), service, monday);
    BookingSummary elsewhere =
        bookings.hold(
            shop.shopId(),
            service,
            null,
            monday.plusWeeks(1).atTime(9, 0).atZone(TORONTO).toInstant());
    SignIn.as(userDetails, customers.get(2));
    waitlist.join(shop.shopId(), service, monday);

    SignIn.as(userDetails, customers.get(0));
    bookings.cancel(booked.id(), "Plans changed");

    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> TestMail.receivedBy(customers.get(2)), list -> !list.isEmpty());
    SignIn.as(userDetails, customers.get(1));
    assertThat(bookings.myBookings())
        .filteredOn(b -> b.status() == BookingStatus.HELD)
        .extracting(BookingSummary::id)
        .containsExactly(elsewhere.id());
    assertThat(
            jdbc.queryForObject(
                "select status from waitlist_entries where shop_id = ? and customer_id ="
                    + " (select id from users where email = ?)",
                String.class,
                shop.shopId(),
                customers.get(1)))
        .isEqualTo("WAITING");
  }
}
