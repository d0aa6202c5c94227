package com.otopair.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.ConfirmedBooking;
import com.otopair.consult.EndReason;
import com.otopair.consult.MechanicJoinedSession;
import com.otopair.consult.SessionFinished;
import com.otopair.consult.SessionStatus;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A booked live session's events delivered many times at once before any run is done, and then
 * again, move its booking's job once: in progress (given to the mechanic who joined), then
 * completed. The booking is provisioned and the session's events are made here, so these runs are
 * the only ones.
 */
class JobSessionsTest extends IntegrationTest {

  @Autowired JobBookings jobBookings;
  @Autowired JobSessions jobSessions;
  @Autowired BookingProvisioning provisioning;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures fixture;
  UUID bookingId;
  UUID customer;

  @BeforeEach
  void aBookingWithItsJob() {
    var booked =
        ConfirmedBooking.create(users, shops, membership, schedules, provisioning, jdbc, clock);
    fixture = booked.shop();
    bookingId = booked.bookingId();
    customer = booked.confirmed().customerId();
    transactions.executeWithoutResult(
        tx -> ListenerRuns.target(jobBookings).on(booked.confirmed()));
  }

  private List<String> steps() {
    return jdbc.queryForList(
        "select e.kind || ':' || coalesce(e.to_status, '') from job_events e"
            + " join jobs j on j.id = e.job_id where j.booking_id = ? order by e.seq",
        String.class,
        bookingId);
  }

  @Test
  void aJoinAndAnEndEachRunManyTimesAtOnceMoveTheJobOnce() throws Exception {
    UUID session = UUID.randomUUID();
    JobSessions listener = ListenerRuns.target(jobSessions);
    var joined =
        new MechanicJoinedSession(
            session, fixture.shop().bea(), customer, clock.instant(), bookingId);

    ListenerRuns.atOnce(8, transactions, () -> listener.on(joined));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(joined));

    assertThat(
            jdbc.queryForMap(
                "select status, mechanic_id from jobs where booking_id = ?", bookingId))
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("mechanic_id", fixture.shop().bea());

    var ended =
        new SessionFinished(
            session,
            fixture.shop().shopId(),
            customer,
            SessionStatus.ENDED,
            EndReason.TIME_UP,
            bookingId);
    ListenerRuns.atOnce(8, transactions, () -> listener.on(ended));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(ended));

    assertThat(
            jdbc.queryForObject(
                "select status from jobs where booking_id = ?", String.class, bookingId))
        .isEqualTo("COMPLETED");
    assertThat(steps())
        .filteredOn(step -> !step.startsWith("CREATED") && !step.startsWith("ASSIGNED"))
        .containsExactly("STATUS:ACCEPTED", "STATUS:IN_PROGRESS", "STATUS:COMPLETED");
  }

  @Test
  void aSessionThatWasNotBookedLeavesJobsAlone() {
    JobSessions listener = ListenerRuns.target(jobSessions);
    transactions.executeWithoutResult(
        tx ->
            listener.on(
                new MechanicJoinedSession(
                    UUID.randomUUID(), fixture.shop().bea(), customer, clock.instant())));
    assertThat(
            jdbc.queryForObject(
                "select status from jobs where booking_id = ?", String.class, bookingId))
        .isEqualTo("REQUESTED");
  }
}
