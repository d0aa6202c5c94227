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
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.otopair.support.TestMail;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** A shop with one slot on Mondays: when its booking is cancelled, the first in line gets it. */
class WaitlistTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired Waitlist waitlist;
  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired MyBookings myBookings;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

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
    monday = TestDays.nextMonday(clock, TORONTO);
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
    BookingSummary booked = bookings.confirm(held.id(), BookingHoldsTest.details());

    SignIn.as(userDetails, customers.get(1));
    waitlist.join(shop.shopId(), service, monday);
    assertThatThrownBy(() -> waitlist.join(shop.shopId(), service, monday))
        .hasMessage("You’re already on the waitlist for that day");
    SignIn.as(userDetails, customers.get(2));
    waitlist.join(shop.shopId(), service, monday);

    SignIn.as(userDetails, customers.get(0));
    bookingChanges.cancel(booked.id(), "Plans changed");

    var mail =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> TestMail.receivedBy(customers.get(1)), list -> !list.isEmpty())
            .getFirst();
    assertThat(TestMail.subject(mail)).contains("held for you for 15 minutes");
    SignIn.as(userDetails, customers.get(1));
    BookingSummary offered =
        myBookings.list().stream()
            .filter(b -> b.status() == BookingStatus.HELD)
            .findFirst()
            .orElseThrow();
    assertThat(TestMail.text(mail)).contains("/hold?hold=" + offered.id());
    assertThat(Duration.between(clock.instant(), offered.holdExpiresAt()))
        .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    assertThat(bookings.confirm(offered.id(), BookingHoldsTest.details()).status())
        .isEqualTo(BookingStatus.CONFIRMED);
    assertThat(
            jdbc.queryForList(
                "select source from bookings where id in (?, ?) order by created_at",
                String.class,
                booked.id(),
                offered.id()))
        .containsExactly("WEB", "WAITLIST");

    SignIn.as(userDetails, customers.get(2));
    assertThat(myBookings.list()).isEmpty();
  }

  @Test
  void aCustomerHoldingAnotherSlotIsPassedOverAndStaysInLine() {
    SignIn.as(userDetails, customers.get(0));
    BookingSummary booked =
        bookings.confirm(
            bookings
                .hold(shop.shopId(), service, null, monday.atTime(9, 0).atZone(TORONTO).toInstant())
                .id(),
            BookingHoldsTest.details());
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
    bookingChanges.cancel(booked.id(), "Plans changed");

    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> TestMail.receivedBy(customers.get(2)), list -> !list.isEmpty());
    SignIn.as(userDetails, customers.get(1));
    assertThat(myBookings.list())
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

  @Test
  void aFreedSlotDeliveredAgainAndTwiceAtOnceIsOfferedOnce() throws Exception {
    BookingSummary booked = bookedByFirstCustomerAt(9);
    joinAsSecondAndThird();
    SignIn.as(userDetails, customers.get(0));
    bookingChanges.cancel(booked.id(), "Plans changed");
    // The outbox's own delivery first.
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(this::heldBy, held -> !held.isEmpty());
    // Room for the third customer too (past the buffer after nine), which no cancellation
    // announces.
    openAlsoFrom(11, 12);
    Waitlist listener = ListenerRuns.target(waitlist);
    var freed = new SlotsFreed(booked.id(), shop.shopId(), monday);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(freed));

    assertThat(heldBy()).containsExactly(customers.get(1));
    assertThat(waiting()).containsExactly(customers.get(2));
    assertThat(offeredFor()).containsExactly(booked.id());
  }

  @Test
  void aFreedSlotRunManyTimesAtOnceIsOfferedOnce() throws Exception {
    BookingSummary booked = bookedByFirstCustomerAt(9);
    joinAsSecondAndThird();
    openAlsoFrom(10, 12);
    // As the cancellation did, before its event is delivered.
    jdbc.update(
        "update bookings set status = 'CANCELLED', cancelled_by = 'CUSTOMER',"
            + " cancel_reason = 'Plans changed', cancelled_at = now() where id = ?",
        booked.id());
    Waitlist listener = ListenerRuns.target(waitlist);
    var freed = new SlotsFreed(booked.id(), shop.shopId(), monday);

    ListenerRuns.atOnce(8, transactions, () -> listener.on(freed));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(freed));

    assertThat(heldBy()).containsExactly(customers.get(1));
    assertThat(waiting()).containsExactly(customers.get(2));
    assertThat(offeredFor()).containsExactly(booked.id());
  }

  @Test
  void twoCancellationsOfOneDayAreOfferedToTheFirstTwoInLine() throws Exception {
    openAlsoFrom(11, 12);
    BookingSummary nine = bookedByFirstCustomerAt(9);
    BookingSummary eleven = bookedByFirstCustomerAt(11);
    joinAsSecondAndThird();
    SignIn.as(userDetails, customers.get(0));
    bookingChanges.cancel(nine.id(), "Plans changed");
    bookingChanges.cancel(eleven.id(), "Plans changed");
    Waitlist listener = ListenerRuns.target(waitlist);

    // Whether the outbox got there first or not, each cancellation is offered once.
    for (BookingSummary cancelled : List.of(nine, eleven)) {
      var freed = new SlotsFreed(cancelled.id(), shop.shopId(), monday);
      ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(freed));
    }

    assertThat(heldBy()).containsExactlyInAnyOrder(customers.get(1), customers.get(2));
    assertThat(waiting()).isEmpty();
    assertThat(offeredFor()).containsExactlyInAnyOrder(nine.id(), eleven.id());
  }

  private BookingSummary bookedByFirstCustomerAt(int hour) {
    SignIn.as(userDetails, customers.get(0));
    return bookings.confirm(
        bookings
            .hold(shop.shopId(), service, null, monday.atTime(hour, 0).atZone(TORONTO).toInstant())
            .id(),
        BookingHoldsTest.details());
  }

  private void joinAsSecondAndThird() {
    SignIn.as(userDetails, customers.get(1));
    waitlist.join(shop.shopId(), service, monday);
    SignIn.as(userDetails, customers.get(2));
    waitlist.join(shop.shopId(), service, monday);
  }

  private void openAlsoFrom(int fromHour, int toHour) {
    schedules.weeklyHours(
        shop.shopId(),
        shop.alex(),
        List.of(
            WindowHours.weekly(
                DayOfWeek.MONDAY,
                LocalTime.of(fromHour, 0),
                LocalTime.of(toHour, 0),
                BigDecimal.ONE)));
  }

  /** Who holds a slot of the shop right now: each hold is one offer from the waitlist. */
  private List<String> heldBy() {
    return jdbc.queryForList(
        "select u.email from bookings b join users u on u.id = b.customer_id"
            + " where b.shop_id = ? and b.status = 'HELD' order by u.email",
        String.class,
        shop.shopId());
  }

  private List<String> waiting() {
    return jdbc.queryForList(
        "select u.email from waitlist_entries w join users u on u.id = w.customer_id"
            + " where w.shop_id = ? and w.status = 'WAITING' order by u.email",
        String.class,
        shop.shopId());
  }

  /** The freed bookings whose time the waitlist offered. */
  private List<UUID> offeredFor() {
    return jdbc.queryForList(
        "select offered_for_booking from waitlist_entries"
            + " where shop_id = ? and offered_for_booking is not null",
        UUID.class,
        shop.shopId());
  }
}
