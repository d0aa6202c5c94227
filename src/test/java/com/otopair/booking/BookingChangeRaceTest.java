package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.Roles;
import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.BookingInserts;
import com.otopair.booking.domain.BookingRepository;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.Slot;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One booking (or one customer's holds) changed from many threads at the same moment: exactly one
 * change wins, every other caller is told the booking changed (a {@link ConflictException}, never
 * another error), and the database shows one consistent outcome. Checked in SQL.
 */
class BookingChangeRaceTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final int ROUNDS = 20;

  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired ManageLinks manageLinks;
  @Autowired ShopBookings shopBookings;
  @Autowired BookingLinks links;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired BookingRepository repository;
  @Autowired BookingInserts inserts;
  @Autowired TransactionTemplate transactions;

  final ExecutorService pool = Executors.newFixedThreadPool(20);
  LocalDate monday;

  @BeforeEach
  void nextMonday() {
    monday = TestDays.nextMonday(clock, TORONTO);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(TORONTO).toInstant();
  }

  /** One caller's change: who makes it (null for a signed manage link) and the call. */
  record Change(@Nullable String email, String name, ChangeCall call) {}

  @FunctionalInterface
  interface ChangeCall {
    void run() throws Exception;
  }

  /** What each caller got: null when its change went through, else what it was refused with. */
  private List<@Nullable Exception> race(List<Change> changes) throws Exception {
    var start = new CountDownLatch(1);
    List<Future<@Nullable Exception>> results = new ArrayList<>();
    for (Change change : changes) {
      results.add(
          pool.submit(
              () -> {
                if (change.email() != null) {
                  SignIn.as(userDetails, change.email());
                }
                start.await();
                try {
                  change.call().run();
                  return null;
                } catch (Exception refused) {
                  return refused;
                } finally {
                  SecurityContextHolder.clearContext();
                }
              }));
    }
    start.countDown();
    List<@Nullable Exception> outcomes = new ArrayList<>();
    for (Future<@Nullable Exception> result : results) {
      outcomes.add(result.get());
    }
    return outcomes;
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  @Test
  void fourReschedulesAndThreeCancelsOfOneBookingAtOnceLeaveExactlyOneChange() throws Exception {
    List<String> problems = new ArrayList<>();
    String admin = "admin-" + UUID.randomUUID() + "@example.test";
    users.createVerifiedUser(admin, "Ada Admin", Roles.ADMIN, "a long passphrase");
    for (int round = 0; round < ROUNDS; round++) {
      BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
      UUID alex = fixture.shop().alex();
      UUID bea = fixture.shop().bea();
      String customer = BookingFixtures.customers(users, 1).getFirst();
      SignIn.as(userDetails, customer);
      UUID original =
          bookings
              .confirm(
                  bookings
                      .hold(fixture.shop().shopId(), fixture.oilChange(), alex, at(monday, 9, 0))
                      .id(),
                  BookingHoldsTest.details())
              .id();
      SecurityContextHolder.clearContext();
      String token = links.token(original);
      LocalDate later = monday.plusWeeks(1);
      // Four free, separate times: no reschedule can lose to another on the overlap rule alone.
      List<Change> changes =
          List.of(
              new Change(
                  customer,
                  "reschedule",
                  () -> bookingChanges.reschedule(original, alex, at(monday, 10, 15))),
              new Change(
                  customer,
                  "reschedule",
                  () -> bookingChanges.reschedule(original, bea, at(later, 9, 0))),
              new Change(
                  null,
                  "link reschedule",
                  () -> manageLinks.reschedule(original, token, bea, at(monday, 10, 30))),
              new Change(
                  null,
                  "link reschedule",
                  () -> manageLinks.reschedule(original, token, alex, at(later, 9, 0))),
              round % 2 == 0
                  ? new Change(
                      customer, "cancel", () -> bookingChanges.cancel(original, "Plans changed"))
                  : new Change(
                      null,
                      "link cancel",
                      () -> manageLinks.cancel(original, token, "Plans changed")),
              new Change(
                  fixture.shop().ownerEmail(),
                  "shop cancel",
                  () -> shopBookings.cancel(original, "Our lift is broken")),
              new Change(
                  admin,
                  "admin cancel",
                  () -> bookingChanges.forceCancel(original, "The shop closed")));

      List<@Nullable Exception> outcomes = race(changes);

      List<String> won = new ArrayList<>();
      for (int i = 0; i < changes.size(); i++) {
        Exception refusal = outcomes.get(i);
        if (refusal == null) {
          won.add(changes.get(i).name());
        } else if (!(refusal instanceof ConflictException)) {
          problems.add("round " + round + ": " + changes.get(i).name() + " failed with " + refusal);
        }
      }
      String status =
          jdbc.queryForObject("select status from bookings where id = ?", String.class, original);
      long successors = count("select count(*) from bookings where rescheduled_from = ?", original);
      long active =
          count(
              "select count(*) from bookings where customer_id = (select customer_id from bookings"
                  + " where id = ?) and status in ('HELD', 'CONFIRMED')",
              original);
      if (won.size() != 1) {
        problems.add("round " + round + ": " + won.size() + " changes won: " + won);
      }
      if ("RESCHEDULED".equals(status) ? successors != 1 || active != 1 : successors != 0) {
        problems.add(
            "round "
                + round
                + ": the booking is "
                + status
                + " with "
                + successors
                + " successors and "
                + active
                + " active bookings");
      }
      if (!"RESCHEDULED".equals(status) && !"CANCELLED".equals(status)) {
        problems.add("round " + round + ": the booking is still " + status);
      }
    }

    assertThat(problems).isEmpty();
  }

  @Test
  void threeConfirmsAndTwoReleasesOfOneHoldAtOnceLeaveItConfirmedByOneOrReleased()
      throws Exception {
    List<String> problems = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
      String customer = BookingFixtures.customers(users, 1).getFirst();
      SignIn.as(userDetails, customer);
      UUID held =
          bookings
              .hold(
                  fixture.shop().shopId(),
                  fixture.oilChange(),
                  fixture.shop().alex(),
                  at(monday, 9, 0))
              .id();
      SecurityContextHolder.clearContext();
      List<Change> changes = new ArrayList<>();
      for (int tab = 1; tab <= 3; tab++) {
        var details =
            new BookingDetails(
                BookingHoldsTest.details().vehicle(), "Noise, from tab " + tab, "+1 514 555 0123");
        changes.add(
            new Change(customer, "confirm in tab " + tab, () -> bookings.confirm(held, details)));
      }
      changes.add(new Change(customer, "release", () -> bookings.releaseHold(held)));
      // The payment page of another tab expired: the payments module lets the hold go.
      changes.add(new Change(null, "payment page expired", () -> bookings.releaseUnpaid(held)));

      List<@Nullable Exception> outcomes = race(changes);

      List<String> confirmed = new ArrayList<>();
      for (int i = 0; i < changes.size(); i++) {
        Exception refusal = outcomes.get(i);
        if (refusal == null && changes.get(i).name().startsWith("confirm")) {
          confirmed.add(changes.get(i).name());
        } else if (refusal != null && !(refusal instanceof ConflictException)) {
          problems.add("round " + round + ": " + changes.get(i).name() + " failed with " + refusal);
        }
      }
      String status =
          jdbc.queryForObject("select status from bookings where id = ?", String.class, held);
      String problem =
          jdbc.queryForObject("select problem from bookings where id = ?", String.class, held);
      long vehicles =
          count(
              "select count(*) from vehicles where customer_id = (select customer_id from bookings"
                  + " where id = ?)",
              held);
      boolean oneConfirm =
          "CONFIRMED".equals(status)
              && confirmed.size() == 1
              && problem.endsWith(confirmed.getFirst().substring("confirm in ".length()))
              && vehicles == 1;
      boolean released = "EXPIRED".equals(status) && confirmed.isEmpty() && vehicles == 0;
      if (!oneConfirm && !released) {
        problems.add(
            "round "
                + round
                + ": the hold is "
                + status
                + " ("
                + problem
                + ", "
                + vehicles
                + " vehicles) after "
                + confirmed);
      }
    }

    assertThat(problems).isEmpty();
  }

  @Test
  void twentyHoldsOfOneCustomerAtOnceLeaveOneLiveHoldAndEachLaterHoldWins() throws Exception {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    List<Change> holds = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      UUID mechanic = i % 2 == 0 ? fixture.shop().alex() : fixture.shop().bea();
      Instant start = at(monday.plusWeeks(i / 10), 9, 0).plusSeconds(15 * 60L * (i / 2 % 5));
      holds.add(
          new Change(
              customer,
              "hold",
              () -> bookings.hold(fixture.shop().shopId(), fixture.oilChange(), mechanic, start)));
    }

    List<@Nullable Exception> outcomes = race(holds);

    assertThat(
            count(
                "select count(*) from bookings where shop_id = ? and status = 'HELD'",
                fixture.shop().shopId()))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from bookings where shop_id = ? and status = 'EXPIRED'",
                fixture.shop().shopId()))
        .isEqualTo(19);
    // Each later hold replaced the earlier one instead of colliding with it.
    assertThat(outcomes).containsOnlyNulls();
  }

  /** A free hour of Béa's on the Monday after next, for rows written around the services. */
  private Slot beaAt(BookingFixtures fixture, int hour) {
    Instant start = at(monday.plusWeeks(1), hour, 0);
    return new Slot(
        start,
        start.plusSeconds(3600),
        fixture.shop().bea(),
        BookingFixtures.PRICE,
        BigDecimal.ONE);
  }

  @Test
  void theDatabaseRefusesASecondSuccessorAndASecondHoldOfOneCustomerAsConflicts() {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, customer);
    UUID original =
        bookings
            .confirm(
                bookings
                    .hold(
                        fixture.shop().shopId(),
                        fixture.oilChange(),
                        fixture.shop().alex(),
                        at(monday, 9, 0))
                    .id(),
                BookingHoldsTest.details())
            .id();
    bookingChanges.reschedule(original, fixture.shop().alex(), at(monday, 10, 15));
    UUID held =
        bookings
            .hold(
                fixture.shop().shopId(),
                fixture.oilChange(),
                fixture.shop().bea(),
                at(monday, 9, 0))
            .id();
    Instant now = clock.instant();

    // A second copy of the moved booking, at a free time: written as a racing reschedule would.
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    tx ->
                        inserts.insertUnlessTaken(
                            repository
                                .findById(original)
                                .orElseThrow()
                                .movedTo(beaAt(fixture, 9), BookingPolicy.DEFAULT, now))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already moved");
    // A second live hold of the customer, as a hold racing the first would write it.
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      Booking second =
                          Booking.of(
                              fixture.shop().shopId(),
                              repository.findById(held).orElseThrow().getCustomerId(),
                              fixture.oilChange(),
                              "Oil change",
                              beaAt(fixture, 11),
                              BookingPolicy.DEFAULT,
                              now);
                      second.hold(now.plus(BookingHolds.HOLD));
                      inserts.insertUnlessTaken(second);
                    }))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("holding another slot");
    assertThat(count("select count(*) from bookings where rescheduled_from = ?", original))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from bookings where shop_id = ? and status = 'HELD'",
                fixture.shop().shopId()))
        .isEqualTo(1);
  }
}
