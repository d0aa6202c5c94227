package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The booking counters move with the facts they count, once their transaction commits: a hold, a
 * confirmation, a cancellation by whom, a slot lost to someone faster.
 */
class BookingMetricsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired BookingChanges changes;
  @Autowired ShopBookings shopBookings;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry registry;

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

  Instant at(int hour) {
    return monday.atTime(hour, 0).atZone(TORONTO).toInstant();
  }

  double count(String name, String... tags) {
    return registry.get(name).tags(tags).counter().count();
  }

  BookingSummary hold(int hour) {
    return bookings.hold(
        fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(hour));
  }

  @Test
  void aHoldAndItsConfirmationCountOnceEach() {
    double held = count("otopair.bookings.held");
    double confirmed = count("otopair.bookings.confirmed");

    BookingSummary hold = hold(9);
    assertThat(count("otopair.bookings.held")).isEqualTo(held + 1);
    assertThat(count("otopair.bookings.confirmed")).isEqualTo(confirmed);

    bookings.confirm(hold.id(), BookingHoldsTest.details());
    assertThat(count("otopair.bookings.held")).isEqualTo(held + 1);
    assertThat(count("otopair.bookings.confirmed")).isEqualTo(confirmed + 1);
  }

  @Test
  void aConfirmationWhoseTransactionRollsBackIsNotCounted() {
    BookingSummary hold = hold(10);
    double confirmed = count("otopair.bookings.confirmed");

    var transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(
        status -> {
          bookings.confirm(hold.id(), BookingHoldsTest.details());
          status.setRollbackOnly();
        });

    assertThat(count("otopair.bookings.confirmed")).isEqualTo(confirmed);
    assertThat(
            jdbc.queryForObject(
                "select status from bookings where id = ?", String.class, hold.id()))
        .isEqualTo("HELD");
  }

  @Test
  void cancellationsCountByWhoCancelled() {
    BookingSummary mine = bookings.confirm(hold(9).id(), BookingHoldsTest.details());
    SignIn.as(userDetails, customers.get(1));
    BookingSummary theirs = bookings.confirm(hold(11).id(), BookingHoldsTest.details());
    double byCustomer = count("otopair.bookings.cancelled", "by", "customer");
    double byShop = count("otopair.bookings.cancelled", "by", "shop");
    double byAdmin = count("otopair.bookings.cancelled", "by", "admin");

    SignIn.as(userDetails, customers.getFirst());
    changes.cancel(mine.id(), "Plans changed");
    assertThat(count("otopair.bookings.cancelled", "by", "customer")).isEqualTo(byCustomer + 1);
    assertThat(count("otopair.bookings.cancelled", "by", "shop")).isEqualTo(byShop);

    SignIn.as(userDetails, fixture.shop().ownerEmail());
    shopBookings.cancel(theirs.id(), "The lift is broken; sorry!");
    assertThat(count("otopair.bookings.cancelled", "by", "shop")).isEqualTo(byShop + 1);
    assertThat(count("otopair.bookings.cancelled", "by", "customer")).isEqualTo(byCustomer + 1);
    assertThat(count("otopair.bookings.cancelled", "by", "admin")).isEqualTo(byAdmin);
  }

  @Test
  void aSlotSomeoneElseTookFirstCountsALostRace() {
    hold(9);
    double lost = count("otopair.bookings.slot.lost");
    double held = count("otopair.bookings.held");

    SignIn.as(userDetails, customers.get(1));
    assertThatThrownBy(() -> hold(9)).isInstanceOf(SlotTakenException.class);

    assertThat(count("otopair.bookings.slot.lost")).isEqualTo(lost + 1);
    assertThat(count("otopair.bookings.held")).isEqualTo(held);
  }
}
