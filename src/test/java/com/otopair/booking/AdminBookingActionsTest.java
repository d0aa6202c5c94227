package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.otopair.support.SignedInRace;
import com.otopair.support.TestDays;
import com.otopair.support.TestMail;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an admin does to one booking: each action's effect on the booking, its line in the audit
 * log, the customer's mail (in the mail log, tied to the booking); two admins at once; a resent
 * confirmation handled twice.
 */
class AdminBookingActionsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired AdminBookingActions actions;
  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired AuditLog audit;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationContext context;

  BookingFixtures fixture;
  LocalDate monday;
  String customer;
  String admin;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    monday = TestDays.nextMonday(clock, TORONTO);
    customer = BookingFixtures.customers(users, 2).getFirst();
    admin = newAdmin();
  }

  String newAdmin() {
    String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(email, "Ada Admin", Roles.ADMIN, "a long passphrase");
    return email;
  }

  Instant at(int hour, int minute) {
    return monday.atTime(hour, minute).atZone(TORONTO).toInstant();
  }

  /** A booking the customer confirmed, with Alex or Béa; the admin signed in after. */
  UUID booked(UUID mechanic, int hour, int minute) {
    SignIn.as(userDetails, customer);
    UUID id =
        bookings
            .confirm(
                bookings
                    .hold(fixture.shop().shopId(), fixture.oilChange(), mechanic, at(hour, minute))
                    .id(),
                BookingHoldsTest.details())
            .id();
    SignIn.as(userDetails, admin);
    return id;
  }

  long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  /** Waits for the mail of {@code template} about the booking to have left; returns how many. */
  long awaitMails(UUID bookingId, String template, long atLeast) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                    "select count(*) from mail_log where about_booking = ? and template = ?"
                        + " and sent_at is not null",
                    bookingId,
                    template),
            n -> n >= atLeast);
  }

  AuditRecord audited(UUID bookingId, String action) {
    SignIn.as(userDetails, admin);
    List<AuditRecord> lines = AuditTrail.await(audit, "booking " + bookingId, action);
    assertThat(lines).hasSize(1);
    return lines.getFirst();
  }

  @Test
  void aCancellationUnderThePolicyIsLateInsideTheWindowAndInTimeBeforeItAuditedAndMailed() {
    UUID early = booked(fixture.shop().alex(), 9, 0);
    UUID late = booked(fixture.shop().bea(), 11, 0);

    BookingSummary inTime = actions.cancel(early, "  The customer called: plans changed ");
    assertThat(inTime.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(inTime.cancelledLate()).isFalse();
    assertThat(inTime.cancelReason()).isEqualTo("The customer called: plans changed");
    assertThat(
            jdbc.queryForObject(
                "select cancelled_by from bookings where id = ?", String.class, early))
        .isEqualTo("ADMIN");

    clock.advance(Duration.between(clock.instant(), at(11, 0)).minus(Duration.ofHours(3)));
    SignIn.as(userDetails, admin);
    assertThat(actions.cancel(late, "Sick").cancelledLate()).isTrue();

    AuditRecord first = audited(early, "BOOKING_CANCELLED_BY_ADMIN");
    assertThat(first.actor()).isEqualTo(admin);
    assertThat(first.detailsKey()).isEqualTo("booking.audit.cancelled-in-time");
    assertThat(first.details()).contains("Oil change").contains("plans changed");
    assertThat(audited(late, "BOOKING_CANCELLED_BY_ADMIN").detailsKey())
        .isEqualTo("booking.audit.cancelled-late");
    assertThat(awaitMails(early, "booking-cancelled", 1)).isOne();
    assertThat(awaitMails(late, "booking-cancelled", 1)).isOne();
  }

  @Test
  void aForcedCancellationEndsAHoldOrABookingAndIsAudited() {
    UUID confirmed = booked(fixture.shop().alex(), 9, 0);
    SignIn.as(userDetails, customer);
    UUID held =
        bookings
            .hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().bea(), at(9, 0))
            .id();
    SignIn.as(userDetails, admin);

    assertThat(actions.forceCancel(confirmed, "The shop closed").status())
        .isEqualTo(BookingStatus.CANCELLED);
    assertThat(actions.forceCancel(held, "Fraud").status()).isEqualTo(BookingStatus.CANCELLED);
    assertThatThrownBy(() -> actions.forceCancel(confirmed, "Again"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("changed meanwhile");

    assertThat(audited(confirmed, "BOOKING_FORCE_CANCELLED").detailsKey())
        .isEqualTo("booking.audit.force-cancelled");
    assertThat(awaitMails(confirmed, "booking-cancelled", 1)).isOne();
  }

  @Test
  void aMoveIgnoresTheCustomersLimitIsAuditedAndMailsTheNewTime() {
    UUID original = booked(fixture.shop().alex(), 9, 0);

    BookingSummary once = actions.move(original, fixture.shop().bea(), at(10, 0));
    BookingSummary twice = actions.move(once.id(), null, at(11, 0));
    BookingSummary thrice = actions.move(twice.id(), fixture.shop().alex(), at(9, 30));

    // The shop allows two moves to its customer; the admin's don't count.
    assertThat(thrice.rescheduleCount()).isZero();
    assertThat(thrice.start()).isEqualTo(at(9, 30));
    assertThat(thrice.mechanicId()).isEqualTo(fixture.shop().alex());
    assertThat(
            jdbc.queryForObject(
                "select status || ' ' || cancelled_by from bookings where id = ?",
                String.class,
                original))
        .isEqualTo("RESCHEDULED ADMIN");
    assertThat(count("select count(*) from bookings where rescheduled_from = ?", original)).isOne();
    SignIn.as(userDetails, customer);
    assertThat(bookingChanges.reschedule(thrice.id(), null, at(10, 30)).rescheduleCount()).isOne();

    AuditRecord moved = audited(original, "BOOKING_MOVED_BY_ADMIN");
    assertThat(moved.detailsArgs()).contains(once.id().toString());
    assertThat(awaitMails(once.id(), "booking-rescheduled", 1)).isOne();
  }

  @Test
  void aMoveToATimeSomeoneTookIsRefusedAndTheBookingStaysWhereItWas() {
    UUID original = booked(fixture.shop().alex(), 9, 0);
    SignIn.as(userDetails, BookingFixtures.customers(users, 1).getFirst());
    bookings.hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(11, 0));
    SignIn.as(userDetails, admin);

    assertThatThrownBy(() -> actions.move(original, fixture.shop().alex(), at(11, 0)))
        .isInstanceOf(SlotTakenException.class);
    assertThatThrownBy(() -> actions.move(original, fixture.shop().alex(), at(9, 0)))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).field())
        .isEqualTo("start");

    assertThat(
            jdbc.queryForObject("select status from bookings where id = ?", String.class, original))
        .isEqualTo("CONFIRMED");
    assertThat(count("select count(*) from bookings where rescheduled_from = ?", original))
        .isZero();
  }

  @Test
  void theConfirmationResentTwiceOnPurposeLeavesTwiceAndAReplayedRequestOnce() throws Exception {
    UUID id = booked(fixture.shop().alex(), 9, 0);
    awaitMails(id, "booking-confirmed", 1);

    UUID first = actions.resendConfirmation(id);
    UUID second = actions.resendConfirmation(id);
    assertThat(first).isNotEqualTo(second);
    assertThat(awaitMails(id, "booking-confirmed", 3)).isEqualTo(3);

    Object mails = ListenerRuns.target(context.getBean("bookingMails"));
    Method on = mails.getClass().getDeclaredMethod("on", BookingConfirmationResent.class);
    on.setAccessible(true);
    var replayed =
        new BookingConfirmationResent(
            id, first); // the first request, delivered again (twice, then twice at once)
    ListenerRuns.twiceInARowAndTwiceAtOnce(
        transactions,
        () -> {
          try {
            on.invoke(mails, replayed);
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
          }
        });

    assertThat(
            count(
                "select count(*) from mail_log where about_booking = ? and template = ?",
                id,
                "booking-confirmed"))
        .isEqualTo(3);
    assertThat(TestMail.receivedBy(customer))
        .extracting(TestMail::subject)
        .filteredOn(subject -> subject.startsWith("Booked: "))
        .hasSize(3);
    SignIn.as(userDetails, admin);
    List<AuditRecord> resent =
        Awaitility.await()
            .pollInSameThread()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> AuditTrail.await(audit, "booking " + id, "BOOKING_CONFIRMATION_RESENT"),
                lines -> lines.size() >= 2);
    // One line per request, each naming it.
    assertThat(resent)
        .extracting(r -> r.detailsArgs().getLast())
        .containsExactlyInAnyOrder(first.toString(), second.toString());
  }

  @Test
  void aNoteIsKeptAndAuditedMailsNoOneAndBadTextIsRefusedNextToTheField() {
    UUID id = booked(fixture.shop().alex(), 9, 0);
    awaitMails(id, "booking-confirmed", 1);

    for (String bad : List.of("   ", "x".repeat(2001), "Bell\u0007 rung")) {
      assertThatThrownBy(() -> actions.note(id, bad))
          .isInstanceOf(InvalidRequestException.class)
          .extracting(e -> ((InvalidRequestException) e).field())
          .isEqualTo("text");
    }
    actions.note(id, "Called the customer:\nthey will bring the spare key.");
    assertThat(
            jdbc.queryForObject(
                "select text from booking_notes where booking_id = ?", String.class, id))
        .isEqualTo("Called the customer:\nthey will bring the spare key.");
    audited(id, "BOOKING_NOTE_ADDED");
    assertThat(count("select count(*) from mail_log where about_booking = ?", id)).isOne();
  }

  @Test
  void onlyAdminsActAndAnUnknownBookingIsNotFound() {
    UUID id = booked(fixture.shop().alex(), 9, 0);
    SignIn.as(userDetails, customer);
    assertThatThrownBy(() -> actions.cancel(id, "Mine")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> actions.note(id, "Mine")).isInstanceOf(AccessDeniedException.class);
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    assertThatThrownBy(() -> actions.forceCancel(id, "Ours"))
        .isInstanceOf(AccessDeniedException.class);
    SignIn.as(userDetails, admin);
    assertThatThrownBy(() -> actions.cancel(UUID.randomUUID(), "Gone"))
        .isInstanceOf(NotFoundException.class);
    assertThat(jdbc.queryForObject("select status from bookings where id = ?", String.class, id))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void twoAdminsActingOnOneBookingAtOnceLeaveExactlyOneChange() throws Exception {
    String other = newAdmin();
    List<String> problems = new ArrayList<>();
    for (int round = 0; round < 6; round++) {
      UUID id = booked(fixture.shop().alex(), 9, 0);
      int r = round;
      List<Runnable> changes =
          List.of(
              () -> actions.cancel(id, "Round " + r),
              () -> actions.forceCancel(id, "Round " + r),
              () -> actions.move(id, fixture.shop().bea(), at(10, 0)),
              () -> actions.move(id, fixture.shop().alex(), at(11, 0)));
      List<Boolean> won =
          SignedInRace.run(userDetails, List.of(admin, other, admin, other), changes);
      String status =
          jdbc.queryForObject("select status from bookings where id = ?", String.class, id);
      long successors = count("select count(*) from bookings where rescheduled_from = ?", id);
      long active =
          count(
              "select count(*) from bookings where shop_id = ? and status = 'CONFIRMED'",
              fixture.shop().shopId());
      if (won.stream().filter(w -> w).count() != 1
          || !("RESCHEDULED".equals(status) ? successors == 1 && active == 1 : active == 0)) {
        problems.add(
            "round " + round + ": " + won + ", " + status + ", " + successors + ", " + active);
      }
      // Free the shop's Monday for the next round.
      jdbc.update(
          "update bookings set status = 'CANCELLED' where shop_id = ? and status = 'CONFIRMED'",
          fixture.shop().shopId());
    }
    assertThat(problems).isEmpty();
  }
}
