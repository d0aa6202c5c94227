package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.StatsFixtures;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The owner's utilisation and missed-booking figures stay exact at the edges of their ranges, now
 * that they read bounded index ranges: a booking that began before the week and ends in it counts
 * its part (even the longest a booking may be), and a cancellation made in the last 30 days counts
 * whenever its appointment was, while one made before them does not.
 */
class OwnerBoardBoundariesTest extends IntegrationTest {

  @Autowired OwnerBoard board;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  StatsFixtures shop;
  LocalDate monday;
  Instant weekStart;
  Instant weekEnd;

  @BeforeEach
  void aMontrealShopOnAWednesdayMorning() {
    shop = StatsFixtures.create("America/Montreal", "CA", users, shops, membership, jdbc);
    LocalDate wednesday =
        LocalDate.now(clock.withZone(shop.zone))
            .plusDays(7)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    clock.advance(Duration.between(clock.instant(), shop.at(wednesday.atTime(10, 0))));
    monday = wednesday.with(DayOfWeek.MONDAY);
    weekStart = shop.at(monday.atStartOfDay());
    weekEnd = shop.at(monday.plusDays(7).atStartOfDay());
    SignIn.as(userDetails, shop.ownerEmail);
  }

  @Test
  void bookingsAcrossTheWeeksEdgesCountTheirPartInsideIt() {
    // Began on Sunday evening, ends on Monday at 01:00: its last hour counts.
    booking(shop.alex, weekStart.minus(Duration.ofHours(1)), Duration.ofHours(2), "COMPLETED");
    // The longest booking there may be (12 hours), begun a minute less than that before Monday.
    booking(
        shop.alex,
        weekStart.minus(Duration.ofHours(12)).plusSeconds(60),
        Duration.ofHours(12),
        "NO_SHOW");
    // Ends exactly as the week begins: nothing of it is in the week.
    booking(shop.alex, weekStart.minus(Duration.ofHours(3)), Duration.ofHours(3), "COMPLETED");
    // Begins on the last evening of the week and ends the next week: its first hour counts.
    booking(shop.alex, weekEnd.minus(Duration.ofHours(1)), Duration.ofHours(3), "CONFIRMED");
    // Begins as the next week begins: not this week's.
    booking(shop.bea, weekEnd, Duration.ofHours(1), "CONFIRMED");
    // Inside the week, and a cancelled one across its start that never counts.
    booking(
        shop.bea, shop.at(monday.plusDays(1).atTime(9, 0)), Duration.ofMinutes(90), "COMPLETED");
    booking(shop.bea, weekStart.minus(Duration.ofHours(1)), Duration.ofHours(5), "CANCELLED");

    OwnerBoard.Utilisation week = board.utilisation(shop.shopId);

    assertThat(week.monday()).isEqualTo(monday);
    Map<UUID, Duration> booked =
        week.mechanics().stream()
            .collect(
                Collectors.toMap(
                    OwnerBoard.MechanicLoad::mechanicId, OwnerBoard.MechanicLoad::booked));
    assertThat(booked)
        .containsEntry(shop.alex, Duration.ofMinutes(60 + 1 + 60))
        .containsEntry(shop.bea, Duration.ofMinutes(90));
  }

  @Test
  void theDatabaseRefusesABookingLongerThanTheLongestService() {
    assertThatThrownBy(
            () ->
                booking(
                    shop.alex,
                    weekStart.minus(Duration.ofDays(2)),
                    Duration.ofHours(12).plusMinutes(1),
                    "COMPLETED"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("bookings_length_bounded");
  }

  @Test
  void missedBookingsCountByTheAppointmentOrByTheCancellationInsideTheLastThirtyDays() {
    Instant now = clock.instant();
    Instant since = now.minus(Duration.ofDays(OwnerBoard.RATE_DAYS));
    Duration minute = Duration.ofMinutes(1);
    // Came due inside the 30 days: settled; one of them missed.
    booking(shop.alex, since.plus(minute), Duration.ofHours(1), "COMPLETED");
    booking(shop.alex, now.minus(Duration.ofHours(2)), Duration.ofHours(1), "NO_SHOW");
    // Came due just before the 30 days, or has not come due yet: not counted.
    booking(shop.bea, since.minus(minute), Duration.ofHours(1), "NO_SHOW");
    booking(shop.bea, now.plus(Duration.ofHours(2)), Duration.ofHours(1), "CONFIRMED");
    // Cancelled late by the customer inside the 30 days, for an appointment after them: counts.
    cancelled(now.plus(Duration.ofDays(5)), now.minus(Duration.ofDays(2)), "CUSTOMER", true);
    // Cancelled late by the customer inside the 30 days, for an appointment before them: counts.
    cancelled(since.minus(Duration.ofDays(3)), since.plus(minute), "CUSTOMER", true);
    // Cancelled by the shop inside the window: settled, but not the customer's late cancellation.
    cancelled(now.plus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)), "SHOP", true);
    // Cancelled before the 30 days, for an appointment inside them: not counted.
    cancelled(now.minus(Duration.ofDays(10)), since.minus(minute), "CUSTOMER", true);
    // A hold given up (never confirmed) inside the 30 days: not counted.
    UUID hold =
        cancelled(now.plus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)), "CUSTOMER", true);
    jdbc.update("update bookings set confirmed_at = null where id = ?", hold);

    OwnerBoard.Missed missed = board.missed(shop.shopId);

    assertThat(missed.settled()).isEqualTo(5);
    assertThat(missed.noShows()).isEqualTo(1);
    assertThat(missed.lateCancellations()).isEqualTo(2);
  }

  @Test
  void aShopWithNothingMissedCountsNothing() {
    OwnerBoard.Missed missed = board.missed(shop.shopId);

    assertThat(missed.settled()).isZero();
    assertThat(missed.noShows()).isZero();
    assertThat(missed.lateCancellations()).isZero();
  }

  private UUID cancelled(Instant start, Instant cancelledAt, String by, boolean late) {
    UUID id = booking(shop.bea, start, Duration.ofMinutes(30), "CANCELLED");
    jdbc.update(
        "update bookings set cancelled_at = ?, cancelled_by = ?, cancelled_late = ? where id = ?",
        Timestamp.from(cancelledAt),
        by,
        late,
        id);
    return id;
  }

  private UUID booking(UUID mechanic, Instant start, Duration length, String status) {
    UUID id = UUID.randomUUID();
    Instant end = start.plus(length);
    jdbc.update(
        """
        insert into bookings (id, shop_id, mechanic_id, customer_id, offering_id, service_name,
          status, starts_at, ends_at, blocked_from, blocked_until, price_minor, currency,
          multiplier, created_at, confirmed_at, cancelled_at)
        values (?, ?, ?, ?, ?, 'Scripted service', ?, ?, ?, ?, ?, 8000, 'CAD', 1, ?, ?, ?)
        """,
        id,
        shop.shopId,
        mechanic,
        shop.customer,
        shop.oil,
        status,
        Timestamp.from(start),
        Timestamp.from(end),
        Timestamp.from(start),
        Timestamp.from(end),
        Timestamp.from(start.minus(Duration.ofDays(40))),
        Timestamp.from(start.minus(Duration.ofDays(39))),
        cancelledAt(status, start));
    return id;
  }

  private static @Nullable Timestamp cancelledAt(String status, Instant start) {
    return status.equals("CANCELLED") ? Timestamp.from(start.minus(Duration.ofHours(1))) : null;
  }
}
