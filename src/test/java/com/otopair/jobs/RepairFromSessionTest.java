package com.otopair.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Formats;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.domain.Report;
import com.otopair.consult.domain.ReportEntry;
import com.otopair.consult.domain.ReportRepository;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A repair booked from a remote session's summary: the job its booking opens starts with the
 * summary's parts and labour awaiting the customer's approval and names its session; a summary of
 * another shop or customer, or one not sent, is ignored; the shop's setting credits what a paid
 * session cost, once, never taking the job below nothing. The booking goes through the customer's
 * hold and confirmation; its confirmation is then delivered here, as often as the outbox might.
 */
class RepairFromSessionTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired JobBookings jobBookings;
  @Autowired JobBoard board;
  @Autowired JobEstimate estimate;
  @Autowired RepairOrigins origins;
  @Autowired BookingHolds holds;
  @Autowired ConsultProvisioning consult;
  @Autowired ReportRepository reports;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired ServiceMenu menu;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures shop;
  ConsultFixtures remote;
  LocalDate monday;
  Instant sessionStart;

  @BeforeEach
  void aShopWithARemoteServiceAndAnOilChange() {
    shop = BookingFixtures.create(users, shops, membership, schedules);
    remote = ConsultFixtures.at(shop.shop(), users, shops, membership);
    monday = TestDays.nextMonday(clock, TORONTO);
    sessionStart = clock.instant().minus(Duration.ofDays(2));
  }

  /** A session of Emma's with Béa at {@code shopId} that ran its time. */
  UUID session(UUID shopId, UUID customerId) {
    Offering chat =
        menu.publicMenu(remote.shop().shopId()).stream()
            .filter(o -> remote.chat().equals(o.id()))
            .findFirst()
            .orElseThrow();
    return consult.finished(
        new ConsultProvisioning.Ask(
            shopId, "Garage", chat, customerId, "Emma Tremblay", "2016 Honda Civic", "Squeal"),
        sessionStart,
        SessionStatus.ENDED,
        EndReason.TIME_UP,
        shop.shop().bea(),
        "Béa Roy",
        List.of("It squeals when I brake.", "Your pads are worn."));
  }

  /** Béa's summary of the session: two parts and an hour and a half of labour. */
  void summary(UUID sessionId, boolean send) {
    Instant now = clock.instant();
    Report report = new Report(sessionId, shop.shop().bea(), now);
    report.revise(
        "Front pads worn to the metal.",
        "Listened to the noise on a video.",
        "Replace the front pads and check the rotors.",
        "SOON",
        shop.oilChange(),
        List.of(
            new ReportEntry("PART", "Front brake pads", new BigDecimal("2.00"), 4500),
            new ReportEntry("LABOUR", "Replace the pads", new BigDecimal("1.50"), 12000)),
        List.of(),
        now);
    report = reports.saveAndFlush(report);
    if (send) {
      UUID id = report.getId();
      transactions.executeWithoutResult(tx -> reports.send(id, now));
    }
  }

  /** The customer {@code email} books the oil change from {@code sessionId} and confirms it. */
  UUID bookFrom(String email, UUID sessionId, int hour) {
    SignIn.as(userDetails, email);
    var held =
        holds.hold(
            shop.shop().shopId(),
            shop.oilChange(),
            shop.shop().bea(),
            monday.atTime(hour, 0).atZone(TORONTO).toInstant(),
            sessionId);
    return holds
        .confirm(
            held.id(),
            new BookingDetails(
                new VehicleDetails(null, 2016, "Honda", "Civic", null, "abc 123"),
                "Brakes squeal",
                "+1 514 555 0123"))
        .id();
  }

  BookingConfirmed confirmed(UUID bookingId) {
    return jdbc.queryForObject(
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
  }

  void deliver(UUID bookingId) {
    BookingConfirmed event = confirmed(bookingId);
    transactions.executeWithoutResult(tx -> ListenerRuns.target(jobBookings).on(event));
  }

  List<String> lines(UUID bookingId) {
    return jdbc.queryForList(
        "select l.kind || ' ' || l.description || ' ' || l.quantity || ' x ' || l.unit_price_minor"
            + " || ' ' || l.approval from job_lines l join jobs j on j.id = l.job_id"
            + " where j.booking_id = ? order by l.position",
        String.class,
        bookingId);
  }

  UUID originOfJob(UUID bookingId) {
    return jdbc.queryForObject(
        "select origin_session_id from jobs where booking_id = ?", UUID.class, bookingId);
  }

  void creditSessions() {
    schedules.policy(shop.shop().shopId(), BookingPolicy.DEFAULT.withCreditRemoteSessions(true));
  }

  void paid(UUID sessionId) {
    jdbc.update("update consult_sessions set free = false where id = ?", sessionId);
  }

  @Test
  void theJobStartsWithTheSummarysPartsAndLabourAwaitingTheCustomersApproval() {
    UUID session = session(shop.shop().shopId(), remote.customerId());
    summary(session, true);

    UUID bookingId = bookFrom(remote.customerEmail(), session, 9);
    assertThat(
            jdbc.queryForObject(
                "select origin_session_id from bookings where id = ?", UUID.class, bookingId))
        .isEqualTo(session);
    deliver(bookingId);

    assertThat(lines(bookingId))
        .containsExactly(
            "PART Front brake pads 2.00 x 4500 PENDING",
            "LABOUR Replace the pads 1.50 x 12000 PENDING");
    assertThat(originOfJob(bookingId)).isEqualTo(session);

    JobDetails job = board.forMyBooking(bookingId).orElseThrow();
    assertThat(job.hasPendingLines()).isTrue();
    assertThat(job.totals().pending().minor()).isEqualTo(2 * 4500 + 18000);
    assertThat(job.fromSession()).isNotNull();
    assertThat(job.fromSession().sessionId()).isEqualTo(session);
    assertThat(job.fromSession().mechanicName()).isEqualTo("Béa Roy");
    assertThat(job.fromSession().summaryPath()).isEqualTo("sessions/" + session + "/summary");
    assertThat(job.timeline())
        .extracting(JobDetails.Entry::comment)
        .contains("Estimate started from the remote session summary by Béa Roy");
    // The customer's booking page says where the repair came from.
    assertThat(origins.sessionMechanicOfMyBooking(bookingId)).contains("Béa Roy");

    // The customer approves a line: it is theirs to decide, as any estimate line.
    UUID pads = job.lines().getFirst().id();
    assertThat(estimate.decide(job.job().id(), pads, true).totals().approvedSubtotal().minor())
        .isEqualTo(9000);
  }

  @Test
  void aSummaryOfAnotherShopIsIgnored() {
    var elsewhere = ConsultFixtures.create(users, shops, membership);
    UUID session = session(elsewhere.shop().shopId(), remote.customerId());
    summary(session, true);

    UUID bookingId = bookFrom(remote.customerEmail(), session, 9);
    deliver(bookingId);

    assertThat(lines(bookingId)).isEmpty();
    assertThat(originOfJob(bookingId)).isNull();
    assertThat(origins.sessionMechanicOfMyBooking(bookingId)).isEmpty();
  }

  @Test
  void anotherCustomersSummaryIsIgnoredAndNamesNobody() {
    UUID session = session(shop.shop().shopId(), remote.customerId());
    summary(session, true);
    String stranger = BookingFixtures.customers(users, 1).getFirst();

    UUID bookingId = bookFrom(stranger, session, 9);
    deliver(bookingId);

    assertThat(lines(bookingId)).isEmpty();
    assertThat(originOfJob(bookingId)).isNull();
    assertThat(board.forMyBooking(bookingId).orElseThrow().fromSession()).isNull();
    assertThat(origins.sessionMechanicOfMyBooking(bookingId)).isEmpty();
  }

  @Test
  void anUnsentSummaryIsIgnored() {
    UUID session = session(shop.shop().shopId(), remote.customerId());
    summary(session, false);

    UUID bookingId = bookFrom(remote.customerEmail(), session, 9);
    deliver(bookingId);

    assertThat(lines(bookingId)).isEmpty();
    assertThat(originOfJob(bookingId)).isNull();
  }

  @Test
  void aShopThatCreditsSessionsTakesAPaidSessionsPriceOffTheRepair() {
    creditSessions();
    UUID session = session(shop.shop().shopId(), remote.customerId());
    paid(session);
    summary(session, true);

    UUID bookingId = bookFrom(remote.customerEmail(), session, 9);
    deliver(bookingId);

    assertThat(lines(bookingId))
        .containsExactly(
            "PART Front brake pads 2.00 x 4500 PENDING",
            "LABOUR Replace the pads 1.50 x 12000 PENDING",
            "CREDIT " + dayOf(session) + " 1.00 x -2500 APPROVED");
    JobDetails job = board.forMyBooking(bookingId).orElseThrow();
    assertThat(job.lines().getLast().description())
        .isEqualTo("Credit: remote session of " + Formats.current().date(dayOf(session)));
    // Nothing approved yet: the credit does not take the job below nothing.
    assertThat(job.totals().approvedSubtotal().minor()).isZero();
    assertThat(job.totals().approvedTotal().minor()).isZero();

    // Once the pads are approved, the credit comes off them.
    JobDetails approved = estimate.decide(job.job().id(), job.lines().getFirst().id(), true);
    assertThat(approved.totals().approvedSubtotal().minor()).isEqualTo(9000 - 2500);
  }

  @Test
  void withoutTheSettingNothingIsCredited() {
    UUID session = session(shop.shop().shopId(), remote.customerId());
    paid(session);
    summary(session, true);

    UUID bookingId = bookFrom(remote.customerEmail(), session, 9);
    deliver(bookingId);

    assertThat(lines(bookingId)).hasSize(2).noneMatch(line -> line.startsWith("CREDIT"));
  }

  @Test
  void aFreeSessionHasNothingToCredit() {
    creditSessions();
    UUID session = session(shop.shop().shopId(), remote.customerId());
    summary(session, true);

    UUID bookingId = bookFrom(remote.customerEmail(), session, 9);
    deliver(bookingId);

    assertThat(lines(bookingId)).hasSize(2).noneMatch(line -> line.startsWith("CREDIT"));
  }

  @Test
  void aConfirmationDeliveredManyTimesAtOnceAndAgainStartsTheJobOnce() throws Exception {
    creditSessions();
    UUID session = session(shop.shop().shopId(), remote.customerId());
    paid(session);
    summary(session, true);
    UUID bookingId = bookFrom(remote.customerEmail(), session, 9);
    BookingConfirmed event = confirmed(bookingId);
    JobBookings listener = ListenerRuns.target(jobBookings);

    ListenerRuns.atOnce(8, transactions, () -> listener.on(event));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));

    assertThat(lines(bookingId)).hasSize(3);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from job_events e join jobs j on j.id = e.job_id"
                    + " where j.booking_id = ? and e.note_key = 'jobs.timeline.from-session'",
                Integer.class,
                bookingId))
        .isOne();
  }

  @Test
  void aSecondRepairFromTheSameSessionIsNotCreditedAgain() {
    creditSessions();
    UUID session = session(shop.shop().shopId(), remote.customerId());
    paid(session);
    summary(session, true);

    UUID first = bookFrom(remote.customerEmail(), session, 9);
    deliver(first);
    UUID second = bookFrom(remote.customerEmail(), session, 11);
    deliver(second);

    assertThat(lines(first)).filteredOn(line -> line.startsWith("CREDIT")).hasSize(1);
    assertThat(lines(second)).hasSize(2).noneMatch(line -> line.startsWith("CREDIT"));
  }

  /** The day the session ended, in the shop's zone. */
  LocalDate dayOf(UUID session) {
    return jdbc.queryForObject(
            "select ended_at from consult_sessions where id = ?", Timestamp.class, session)
        .toInstant()
        .atZone(TORONTO)
        .toLocalDate();
  }
}
