package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Many customers at once: whatever the interleaving, no two active bookings of a mechanic overlap,
 * and a slot goes to exactly one of them. Checked in SQL, not through the services.
 */
class BookingConcurrencyTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  final ExecutorService pool = Executors.newFixedThreadPool(50);
  BookingFixtures fixture;
  LocalDate monday;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    monday = TestDays.nextMonday(clock, TORONTO);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  Instant at(LocalTime time) {
    return monday.atTime(time).atZone(TORONTO).toInstant();
  }

  /** Runs every task at the same moment, each signed in as its customer; counts the bookings. */
  private int race(List<String> emails, List<Callable<BookingSummary>> actions) throws Exception {
    var start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      String email = emails.get(i % emails.size());
      Callable<BookingSummary> action = actions.get(i);
      results.add(
          pool.submit(
              () -> {
                SignIn.as(userDetails, email);
                start.await();
                try {
                  action.call();
                  return true;
                } catch (InvalidRequestException refused) {
                  return false;
                } finally {
                  SecurityContextHolder.clearContext();
                }
              }));
    }
    start.countDown();
    int succeeded = 0;
    for (Future<Boolean> result : results) {
      succeeded += result.get() ? 1 : 0;
    }
    return succeeded;
  }

  private long overlappingPairs() {
    return jdbc.queryForObject(
        """
        select count(*) from bookings a join bookings b
          on a.mechanic_id = b.mechanic_id and a.id < b.id
         and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
        where a.status in ('HELD', 'CONFIRMED') and b.status in ('HELD', 'CONFIRMED')
          and a.shop_id = ?
        """,
        Long.class,
        fixture.shop().shopId());
  }

  @Test
  void fiftyCustomersBookingTheSameSlotGetExactlyOneBooking() throws Exception {
    List<String> customers = BookingFixtures.customers(users, 50);
    Instant nine = at(LocalTime.of(9, 0));
    List<Callable<BookingSummary>> attempts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      attempts.add(
          () ->
              bookings.confirm(
                  bookings
                      .hold(
                          fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), nine)
                      .id(),
                  BookingHoldsTest.details()));
    }

    assertThat(race(customers, attempts)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where mechanic_id = ? and status = 'CONFIRMED'",
                Long.class,
                fixture.shop().alex()))
        .isEqualTo(1);
  }

  @Test
  void twoHundredOverlappingAttemptsAcrossFiveMechanicsLeaveNoOverlaps() throws Exception {
    List<UUID> team = new ArrayList<>(List.of(fixture.shop().alex(), fixture.shop().bea()));
    for (int i = 0; i < 3; i++) {
      UUID mechanic =
          users.createVerifiedUser(
              "extra-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
              "Extra Mechanic " + i,
              Roles.MECHANIC,
              "a long passphrase");
      membership.addMechanic(fixture.shop().shopId(), mechanic);
      schedules.weeklyHours(
          fixture.shop().shopId(),
          mechanic,
          List.of(
              WindowHours.weekly(
                  DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE)));
      team.add(mechanic);
    }
    List<String> customers = BookingFixtures.customers(users, 40);
    var random = new Random(42);
    List<Callable<BookingSummary>> attempts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Instant start = at(LocalTime.of(9, 0).plusMinutes(15L * random.nextInt(9)));
      UUID mechanic = random.nextInt(4) == 0 ? null : team.get(random.nextInt(team.size()));
      attempts.add(
          () ->
              bookings.confirm(
                  bookings.hold(fixture.shop().shopId(), fixture.oilChange(), mechanic, start).id(),
                  BookingHoldsTest.details()));
    }

    int booked = race(customers, attempts);

    assertThat(booked).isBetween(1, 15);
    assertThat(overlappingPairs()).isZero();
  }

  @Test
  void aDailyCapHoldsWhenCustomersBookSeparateTimesAtOnce() throws Exception {
    schedules.policy(
        fixture.shop().shopId(),
        new BookingPolicy(
            Duration.ofMinutes(15),
            Duration.ZERO,
            Duration.ofMinutes(10),
            Duration.ofHours(2),
            60,
            1,
            Duration.ofHours(24),
            2));
    List<String> customers = BookingFixtures.customers(users, 20);
    List<Callable<BookingSummary>> attempts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      // 9:00 and 10:30 don't overlap: only the cap of one booking a day keeps the second out.
      Instant start = at(i % 2 == 0 ? LocalTime.of(9, 0) : LocalTime.of(10, 30));
      attempts.add(
          () ->
              bookings.confirm(
                  bookings
                      .hold(
                          fixture.shop().shopId(),
                          fixture.oilChange(),
                          fixture.shop().alex(),
                          start)
                      .id(),
                  BookingHoldsTest.details()));
    }

    assertThat(race(customers, attempts)).isEqualTo(1);
  }

  @Test
  void concurrentReschedulesToOneTimeNeverOverlapNorLoseABooking() throws Exception {
    List<String> customers = BookingFixtures.customers(users, 10);
    List<UUID> booked = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      SignIn.as(userDetails, customers.get(i));
      UUID mechanic = i % 2 == 0 ? fixture.shop().alex() : fixture.shop().bea();
      LocalTime time = LocalTime.of(9, 0).plusMinutes(75L * (i / 2 % 2));
      try {
        booked.add(
            bookings
                .confirm(
                    bookings
                        .hold(fixture.shop().shopId(), fixture.oilChange(), mechanic, at(time))
                        .id(),
                    BookingHoldsTest.details())
                .id());
      } catch (InvalidRequestException full) {
        booked.add(null);
      }
    }
    List<String> owners = new ArrayList<>();
    List<Callable<BookingSummary>> moves = new ArrayList<>();
    for (int i = 0; i < booked.size(); i++) {
      UUID id = booked.get(i);
      if (id != null) {
        owners.add(customers.get(i));
        moves.add(() -> bookingChanges.reschedule(id, null, at(LocalTime.of(10, 45))));
      }
    }
    SecurityContextHolder.clearContext();

    assertThat(moves).hasSizeGreaterThanOrEqualTo(4);
    int moved = race(owners, moves);

    assertThat(moved).isBetween(0, 2);
    assertThat(overlappingPairs()).isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where shop_id = ? and status = 'CONFIRMED'",
                Long.class,
                fixture.shop().shopId()))
        .isEqualTo(moves.size());
  }
}
