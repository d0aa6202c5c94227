package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.AccountEmailRequested;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.shops.ShopStatus;
import com.otopair.shops.ShopStatusChanged;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import com.otopair.team.InvitationSent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every mail and inbox listener run again, and while its first run is in flight, has its effect
 * once: one mail per fact in the SMTP server, one notification per milestone. And a run that failed
 * (SMTP down) still sends on the next one.
 */
class ListenersRunTwiceTest extends IntegrationTest {

  @Autowired AccountMails accountMails;
  @Autowired TeamMails teamMails;
  @Autowired ShopMails shopMails;
  @Autowired BookingMails bookingMails;
  @Autowired InboxReactions inboxReactions;
  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void smtpIsBack() {
    TestMail.stop();
    TestMail.restart();
  }

  private static String newEmail() {
    return "twice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  @Test
  void anAccountMailRunTwiceAndTwiceAtOnceLeavesOnce() throws Exception {
    String to = newEmail();
    var request =
        new AccountEmailRequested(
            AccountEmailRequested.Kind.VERIFY_EMAIL,
            to,
            "Ann",
            "http://otopair.test/verify?token=" + UUID.randomUUID(),
            "en");
    AccountMails listener = ListenerRuns.target(accountMails);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(request));

    assertThat(TestMail.receivedBy(to)).hasSize(1);
  }

  @Test
  void anInvitationRunTwiceAndTwiceAtOnceLeavesOnce() throws Exception {
    String to = newEmail();
    var invitation =
        new InvitationSent(
            to,
            "Garage Twice",
            "Olive Owner",
            "http://otopair.test/join?token=" + UUID.randomUUID(),
            UUID.randomUUID());
    TeamMails listener = ListenerRuns.target(teamMails);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(invitation));

    assertThat(TestMail.receivedBy(to)).hasSize(1);
  }

  @Test
  void aShopDecisionRunTwiceAndTwiceAtOnceLeavesOnce() throws Exception {
    String to = newEmail();
    var approved =
        new ShopStatusChanged(
            UUID.randomUUID(),
            "Garage Twice",
            "garage-twice",
            ShopStatus.ACTIVE,
            null,
            "Olive Owner",
            to,
            "admin@example.test",
            null,
            Instant.parse("2026-03-01T10:00:00Z"));
    ShopMails listener = ListenerRuns.target(shopMails);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(approved));

    assertThat(TestMail.receivedBy(to)).hasSize(1);
  }

  @Test
  void aMailThatFailedLeavesOnTheNextRunAndThenNeverAgain() throws Exception {
    String to = newEmail();
    var request =
        new AccountEmailRequested(
            AccountEmailRequested.Kind.RESET_PASSWORD,
            to,
            "Ann",
            "http://otopair.test/reset?token=" + UUID.randomUUID(),
            "en");
    AccountMails listener = ListenerRuns.target(accountMails);
    TestMail.stop();
    try {
      transactions.executeWithoutResult(tx -> listener.on(request));
    } catch (RuntimeException expected) {
      // SMTP is down: the listener throws, the outbox would retry.
    }
    TestMail.restart();

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(request));

    assertThat(TestMail.receivedBy(to)).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select status || ':' || attempts from mail_log where recipient = ?",
                String.class,
                to))
        .isEqualTo("RETRIED:2");
  }

  @Test
  void aConfirmedThenCancelledBookingIsMailedAndNotifiedOnceEach() throws Exception {
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    ZoneId toronto = ZoneId.of("America/Toronto");
    Instant start =
        LocalDate.now(clock.withZone(toronto))
            .plusWeeks(2)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atTime(9, 0)
            .atZone(toronto)
            .toInstant();
    SignIn.as(userDetails, customer);
    var held =
        bookings.hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), start);
    BookingSummary booking =
        bookings.confirm(
            held.id(),
            new BookingDetails(
                new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
                "Oil change due",
                "+1 514 555 0123"));
    SecurityContextHolder.clearContext();
    // The outbox's own delivery first.
    TestMail.awaitSubject(customer, "Booked: ");
    var confirmed =
        new BookingConfirmed(
            booking.id(),
            booking.shopId(),
            booking.mechanicId(),
            booking.customerId(),
            start,
            null);
    BookingMails mails = ListenerRuns.target(bookingMails);
    InboxReactions inbox = ListenerRuns.target(inboxReactions);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> mails.on(confirmed));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> inbox.on(confirmed));

    assertThat(TestMail.receivedBy(customer))
        .extracting(TestMail::subject)
        .filteredOn(subject -> subject.startsWith("Booked: "))
        .hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notifications where user_id = ? and kind ="
                    + " 'BOOKING_CONFIRMED'",
                Integer.class,
                booking.customerId()))
        .isOne();

    SignIn.as(userDetails, customer);
    bookingChanges.cancel(booking.id(), "Car sold");
    SecurityContextHolder.clearContext();
    TestMail.awaitSubject(customer, "Cancelled: ");
    var cancelled = new BookingCancelled(booking.id(), booking.shopId(), "CUSTOMER", "Car sold");

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> mails.on(cancelled));

    assertThat(TestMail.receivedBy(customer))
        .extracting(TestMail::subject)
        .filteredOn(subject -> subject.startsWith("Cancelled: "))
        .hasSize(1);
  }
}
