package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.otopair.base.ConflictException;
import com.otopair.base.Roles;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.ShopBookings;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.otopair.support.TestMail;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A remote service booked for a time through the slot picker: its session follows the booking, is
 * announced five minutes ahead once, waits at its time for its mechanic only, moves its job, and a
 * mechanic who never came cancels the booking for the shop.
 */
class BookedSessionsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired BookingChanges changes;
  @Autowired ShopBookings shopBookings;
  @Autowired BookedSessions bookedSessions;
  @Autowired SessionWatch watch;
  @Autowired SessionQueue queue;
  @Autowired AdminSessions admin;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures booking;
  ConsultFixtures fixture;
  LocalDate monday;

  @BeforeEach
  void aShopWithARemoteService() {
    booking = BookingFixtures.create(users, shops, membership, schedules);
    fixture = ConsultFixtures.at(booking.shop(), users, shops, membership);
    monday = TestDays.nextMonday(clock, TORONTO);
    SignIn.as(userDetails, fixture.customerEmail());
  }

  Instant at(int hour, int minute) {
    return monday.atTime(hour, minute).atZone(TORONTO).toInstant();
  }

  /** The customer books the remote chat with Béa at {@code hour}:00 next Monday. */
  UUID booked(UUID service, int hour) {
    SignIn.as(userDetails, fixture.customerEmail());
    var held = bookings.hold(booking.shop().shopId(), service, booking.shop().bea(), at(hour, 0));
    return bookings
        .confirm(
            held.id(),
            new BookingDetails(
                new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
                "Grinding noise when braking",
                "+1 514 555 0123"))
        .id();
  }

  Map<String, Object> sessionOf(UUID bookingId) {
    return jdbc.queryForMap(
        "select id, status, starts_at, booked_mechanic_id, end_reason, vehicle, problem,"
            + " duration_minutes, price_minor from consult_sessions where booking_id = ?",
        bookingId);
  }

  UUID awaitSession(UUID bookingId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from consult_sessions where booking_id = ?",
                        Integer.class,
                        bookingId)
                    == 1);
    return (UUID) sessionOf(bookingId).get("id");
  }

  String status(UUID session) {
    return jdbc.queryForObject(
        "select status from consult_sessions where id = ?", String.class, session);
  }

  String jobStatus(UUID bookingId) {
    return jdbc
        .queryForList("select status from jobs where booking_id = ?", String.class, bookingId)
        .stream()
        .findFirst()
        .orElse("");
  }

  void clockTo(Instant instant) {
    clock.advance(Duration.between(clock.instant(), instant));
  }

  /** Runs the job twice at once (as two nodes would), then once more. */
  static void twiceAtOnceThenAgain(IntSupplier job) {
    var first = CompletableFuture.supplyAsync(job::getAsInt);
    var second = CompletableFuture.supplyAsync(job::getAsInt);
    first.join();
    second.join();
    job.getAsInt();
  }

  @Test
  void aBookedRemoteServiceGetsOneScheduledSessionHoweverOftenItsConfirmationIsHandled()
      throws Exception {
    UUID bookingId = booked(fixture.chat(), 9);
    UUID session = awaitSession(bookingId);

    var confirmed =
        new BookingConfirmed(
            bookingId,
            booking.shop().shopId(),
            booking.shop().bea(),
            fixture.customerId(),
            at(9, 0),
            null);
    BookedSessions listener = ListenerRuns.target(bookedSessions);
    ListenerRuns.atOnce(8, transactions, () -> listener.on(confirmed));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(confirmed));

    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_sessions where booking_id = ?",
                Integer.class,
                bookingId))
        .isOne();
    assertThat(sessionOf(bookingId))
        .containsEntry("id", session)
        .containsEntry("status", "SCHEDULED")
        .containsEntry("booked_mechanic_id", booking.shop().bea())
        .containsEntry("vehicle", "2019 Toyota Corolla")
        .containsEntry("problem", "Grinding noise when braking")
        .containsEntry("duration_minutes", 20)
        .containsEntry("price_minor", ConsultFixtures.PRICE.minor());
  }

  @Test
  void supportSeesABookedSessionAsScheduledWithNoWaitUntilItsTime() {
    UUID bookingId = booked(fixture.chat(), 9);
    UUID session = awaitSession(bookingId);
    String adminEmail = "support-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    users.createVerifiedUser(adminEmail, "Sam Support", Roles.ADMIN, "a passphrase!");
    SignIn.as(userDetails, adminEmail);

    var row =
        admin
            .search(
                new SessionFilter("", SessionStatus.SCHEDULED, booking.shop().shopId(), null, null),
                PageRequest.of(0, 10))
            .getContent()
            .getFirst();

    assertThat(row.id()).isEqualTo(session);
    assertThat(row.waited()).isZero();
    assertThat(row.refundable()).isFalse();
  }

  @Test
  void anInShopBookingGetsNoSession() {
    UUID bookingId = booked(booking.oilChange(), 10);
    // The job of the booking is made by the same outbox run of listeners as a session would be.
    await().atMost(Duration.ofSeconds(30)).until(() -> !jobStatus(bookingId).isEmpty());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_sessions where booking_id = ?",
                Integer.class,
                bookingId))
        .isZero();
  }

  @Test
  void movingTheBookingMovesItsSessionAndCancellingItCancelsIt() {
    UUID bookingId = booked(fixture.chat(), 9);
    UUID session = awaitSession(bookingId);

    UUID moved = changes.reschedule(bookingId, booking.shop().alex(), at(11, 0)).id();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                moved.equals(
                    jdbc.queryForObject(
                        "select booking_id from consult_sessions where id = ?",
                        UUID.class,
                        session)));
    assertThat(sessionOf(moved))
        .containsEntry("status", "SCHEDULED")
        .containsEntry("booked_mechanic_id", booking.shop().alex())
        .containsEntry("starts_at", java.sql.Timestamp.from(at(11, 0)));

    changes.cancel(moved, "Fixed it myself");

    await().atMost(Duration.ofSeconds(30)).until(() -> status(session).equals("CANCELLED"));
    assertThat(sessionOf(moved)).containsEntry("end_reason", "BOOKING_CANCELLED");
  }

  @Test
  void theShopGivingTheBookingToAnotherMechanicGivesThemItsSession() {
    UUID bookingId = booked(fixture.chat(), 9);
    UUID session = awaitSession(bookingId);

    SignIn.as(userDetails, booking.shop().ownerEmail());
    shopBookings.reassign(bookingId, booking.shop().alex());

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> booking.shop().alex().equals(sessionOf(bookingId).get("booked_mechanic_id")));
    clockTo(at(9, 0));
    watch.openBooked();
    SignIn.as(userDetails, booking.shop().alexEmail());
    queue.claim(session);
    assertThat(status(session)).isEqualTo("ACTIVE");
  }

  @Test
  void fiveMinutesBeforeBothAreToldOnceAndAtItsTimeItWaitsForItsMechanicOnly() {
    UUID bookingId = booked(fixture.chat(), 9);
    UUID session = awaitSession(bookingId);
    String subject = "Remote diagnosis with ";

    clockTo(at(8, 54));
    assertThat(watch.announceBooked()).isZero();
    clockTo(at(8, 55).plusSeconds(5));
    twiceAtOnceThenAgain(watch::announceBooked);

    TestMail.awaitSubject(fixture.customerEmail(), subject + "Béa Roy");
    TestMail.awaitSubject(fixture.beaEmail(), subject + "Emma Tremblay");
    assertThat(
            TestMail.receivedBy(fixture.customerEmail()).stream()
                .filter(m -> TestMail.subject(m).startsWith(subject))
                .count())
        .isOne();
    assertThat(
            TestMail.receivedBy(fixture.beaEmail()).stream()
                .filter(m -> TestMail.subject(m).startsWith(subject))
                .count())
        .isOne();
    assertThat(status(session)).isEqualTo("SCHEDULED");

    SignIn.as(userDetails, fixture.beaEmail());
    assertThatThrownBy(() -> queue.claim(session))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This booked session opens at its time; join it then.");

    clockTo(at(9, 0).plusSeconds(1));
    twiceAtOnceThenAgain(watch::openBooked);
    assertThat(status(session)).isEqualTo("WAITING");

    SignIn.as(userDetails, booking.shop().alexEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).doesNotContain(session);
    assertThatThrownBy(() -> queue.claim(session))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This session was booked with another mechanic.");

    // Béa is in her own booking now: that booking is this session.
    SignIn.as(userDetails, fixture.beaEmail());
    assertThat(queue.yours().getFirst().id()).isEqualTo(session);
    queue.claim(session);
    assertThat(status(session)).isEqualTo("ACTIVE");
    await().atMost(Duration.ofSeconds(30)).until(() -> jobStatus(bookingId).equals("IN_PROGRESS"));

    // Its 20 minutes run from Béa's join.
    clockTo(at(9, 21));
    watch.completeEnded();
    assertThat(status(session)).isEqualTo("ENDED");
    await().atMost(Duration.ofSeconds(30)).until(() -> jobStatus(bookingId).equals("COMPLETED"));
    assertThat(
            jdbc.queryForObject(
                "select status from bookings where id = ?", String.class, bookingId))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void aBookedSessionWhoseMechanicNeverCameCancelsItsBookingForTheShop() {
    UUID bookingId = booked(fixture.chat(), 9);
    UUID session = awaitSession(bookingId);
    clockTo(at(9, 0));
    watch.openBooked();

    clockTo(at(9, 15).plusSeconds(1));
    watch.expireUnclaimed();

    assertThat(status(session)).isEqualTo("EXPIRED");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForMap(
                        "select status, cancelled_by from bookings where id = ?", bookingId)
                    .equals(Map.of("status", "CANCELLED", "cancelled_by", "SHOP")));
    await().atMost(Duration.ofSeconds(30)).until(() -> jobStatus(bookingId).equals("CANCELLED"));
    TestMail.awaitSubject(fixture.customerEmail(), "Your booked live session at");
  }

  @Test
  void theMechanicJoiningAsTheWaitRunsOutEitherJoinsOrTheBookingIsCancelledNeverBoth() {
    UUID bookingId = booked(fixture.chat(), 9);
    UUID session = awaitSession(bookingId);
    clockTo(at(9, 0));
    watch.openBooked();
    clockTo(at(9, 15).plusSeconds(1));

    SignIn.as(userDetails, fixture.beaEmail());
    var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
    var claim =
        CompletableFuture.runAsync(
            () -> {
              org.springframework.security.core.context.SecurityContextHolder.setContext(context);
              try {
                queue.claim(session);
              } catch (ConflictException lost) {
                // The watch expired it first.
              }
            });
    var expire = CompletableFuture.supplyAsync(watch::expireUnclaimed);
    claim.join();
    expire.join();

    String status = status(session);
    assertThat(status).isIn("ACTIVE", "EXPIRED");
    String expected = status.equals("ACTIVE") ? "CONFIRMED" : "CANCELLED";
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "select status from bookings where id = ?", String.class, bookingId)
                    .equals(expected));
  }
}
