package com.otopair.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.TestDays;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A booking's events delivered many times at once before any run is done, and then again, open one
 * job and cancel it once. The booking is provisioned, so no event of it is in the outbox: the runs
 * here are the only ones.
 */
class JobBookingsTest extends IntegrationTest {

  @Autowired JobBookings jobBookings;
  @Autowired BookingProvisioning provisioning;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  UUID bookingId;
  BookingConfirmed confirmed;
  JobBookings listener;

  @BeforeEach
  void aConfirmedBookingWhoseEventIsNotDeliveredYet() {
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    UUID customer = users.findByEmail(BookingFixtures.customers(users, 1).getFirst()).orElseThrow();
    ZoneId toronto = ZoneId.of("America/Toronto");
    LocalDate monday = TestDays.nextMonday(clock, toronto);
    bookingId =
        provisioning
            .book(
                customer,
                fixture.shop().shopId(),
                0,
                monday,
                new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
                "Oil light on")
            .orElseThrow();
    confirmed =
        jdbc.queryForObject(
            "select shop_id, mechanic_id, customer_id, starts_at from bookings where id = ?",
            (rs, n) ->
                new BookingConfirmed(
                    bookingId,
                    rs.getObject("shop_id", UUID.class),
                    rs.getObject("mechanic_id", UUID.class),
                    rs.getObject("customer_id", UUID.class),
                    rs.getTimestamp("starts_at").toInstant(),
                    null),
            bookingId);
    listener = ListenerRuns.target(jobBookings);
  }

  @Test
  void aConfirmationRunManyTimesAtOnceAndThenAgainOpensOneJob() throws Exception {
    ListenerRuns.atOnce(8, transactions, () -> listener.on(confirmed));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(confirmed));

    assertThat(
            jdbc.queryForObject(
                "select count(*) from jobs where booking_id = ?", Integer.class, bookingId))
        .isOne();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from job_events e join jobs j on j.id = e.job_id"
                    + " where j.booking_id = ? and e.kind = 'CREATED'",
                Integer.class,
                bookingId))
        .isOne();
  }

  @Test
  void aCancellationRunManyTimesAtOnceAndThenAgainCancelsTheJobOnce() throws Exception {
    transactions.executeWithoutResult(tx -> listener.on(confirmed));
    // As the cancellation did, before its event is delivered.
    jdbc.update(
        "update bookings set status = 'CANCELLED', cancelled_by = 'CUSTOMER',"
            + " cancel_reason = 'Car sold', cancelled_at = now() where id = ?",
        bookingId);
    var cancelled = new BookingCancelled(bookingId, confirmed.shopId(), "CUSTOMER", "Car sold");

    ListenerRuns.atOnce(8, transactions, () -> listener.on(cancelled));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(cancelled));

    assertThat(
            jdbc.queryForObject(
                "select status from jobs where booking_id = ?", String.class, bookingId))
        .isEqualTo("CANCELLED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from job_events e join jobs j on j.id = e.job_id"
                    + " where j.booking_id = ? and e.to_status = 'CANCELLED'",
                Integer.class,
                bookingId))
        .isOne();
  }
}
