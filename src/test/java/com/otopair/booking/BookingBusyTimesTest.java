package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.domain.BookingRepository;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.BusyInterval;
import com.otopair.scheduling.BusyTimes;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The slot engine's busy times are read in SQL, beside Hibernate: a booking changed earlier in the
 * same transaction, and not yet written, counts as changed, as it would for a JPA query.
 */
class BookingBusyTimesTest extends IntegrationTest {

  @Autowired BusyTimes busyTimes;
  @Autowired BookingRepository bookings;
  @Autowired BookingProvisioning provisioning;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  void aBookingEndedEarlierInTheTransactionIsNoLongerBusy() {
    var booked =
        ConfirmedBooking.create(users, shops, membership, schedules, provisioning, jdbc, clock);
    var mechanic = booked.confirmed().mechanicId();
    Instant start = booked.confirmed().start();
    Instant from = start.minus(Duration.ofHours(1));
    Instant to = start.plus(Duration.ofHours(3));

    assertThat(busyTimes.busy(Set.of(mechanic), from, to))
        .extracting(BusyInterval::start)
        .containsExactly(start);

    List<BusyInterval> meanwhile =
        transactions.execute(
            status -> {
              bookings
                  .findById(booked.bookingId())
                  .orElseThrow()
                  .end(
                      BookingStatus.CANCELLED, "Plans changed", "CUSTOMER", false, clock.instant());
              List<BusyInterval> busy = busyTimes.busy(Set.of(mechanic), from, to);
              status.setRollbackOnly();
              return busy;
            });
    assertThat(meanwhile).isEmpty();
    // Rolled back: busy again.
    assertThat(busyTimes.busy(Set.of(mechanic), from, to)).hasSize(1);
  }
}
