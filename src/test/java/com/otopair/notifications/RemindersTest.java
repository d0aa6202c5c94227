package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders the day before and the hour before a confirmed booking: each exactly once, whatever the
 * number of runs, schedulers and restarts; none for a cancelled booking or a customer who opted
 * out. The reminder task also runs by itself every minute here; the assertions hold with it.
 */
class RemindersTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.US);

  @Autowired Reminders reminders;
  @Autowired RemindersMail mails;
  @Autowired NotificationPreferences preferences;
  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEventPublisher events;

  BookingFixtures fixture;
  Instant nineAm;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    // A Monday 8 to 14 days ahead: always more than 26 hours away when booked now.
    LocalDate monday =
        LocalDate.now(clock.withZone(TORONTO))
            .plusWeeks(2)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    nineAm = monday.atTime(9, 0).atZone(TORONTO).toInstant();
  }

  @Test
  void aBookingIsRemindedOnceTheDayBeforeThenOnceTheHourBefore() {
    String customer = BookingFixtures.customers(users, 1).getFirst();
    BookingSummary booking = book(customer, fixture.shop().alex(), nineAm);

    moveTo(nineAm.minus(Duration.ofHours(23)));
    reminders.sendDue();
    MimeMessage dayBefore = awaitReminders(customer, 1).getFirst();
    assertThat(TestMail.subject(dayBefore))
        .isEqualTo("Reminder: Oil change at " + booking.shopName() + " tomorrow");
    assertThat(TestMail.text(dayBefore))
        .contains("Hello Casey,")
        .contains(
            "Oil change at "
                + booking.shopName()
                + " with Alex Martin, "
                + WHEN.format(nineAm.atZone(TORONTO))
                + " (Eastern Time)")
        .contains("The shop is at 100 Rue Test, Montréal.")
        .contains("http://otopair.test/manage/" + booking.id() + "?token=")
        .contains("Email preferences: http://otopair.test/preferences");

    for (int i = 0; i < 5; i++) {
      reminders.sendDue();
    }
    // The outbox delivering the same event again (a resubmission) mails nothing more.
    mails.on(new Reminders.ReminderDue(booking.id(), Reminders.Kind.DAY_BEFORE));
    assertStays(customer, 1);

    moveTo(nineAm.minus(Duration.ofMinutes(50)));
    reminders.sendDue();
    MimeMessage hourBefore = awaitReminders(customer, 2).get(1);
    assertThat(TestMail.subject(hourBefore))
        .isEqualTo("Reminder: Oil change at " + booking.shopName() + " in an hour");
    assertThat(TestMail.text(hourBefore))
        .contains("See you soon: Oil change at " + booking.shopName() + " with Alex Martin")
        .contains("at 9:00 AM (Eastern Time)")
        .contains("/manage/" + booking.id() + "?token=");

    for (int i = 0; i < 5; i++) {
      reminders.sendDue();
    }
    assertStays(customer, 2);
  }

  @Test
  void twoSchedulersOnOneDatabaseRunningAtOnceStillRemindEachBookingOnce() throws Exception {
    List<String> customers = BookingFixtures.customers(users, 2);
    List<BookingSummary> booked =
        List.of(
            book(customers.get(0), fixture.shop().alex(), nineAm),
            book(customers.get(1), fixture.shop().bea(), nineAm));
    // A second node: another scheduler on the same database, without the lock.
    var otherNode = new Reminders(jdbc, transactions, events, clock);

    moveTo(nineAm.minus(Duration.ofHours(23)));
    runConcurrently(otherNode);
    for (String customer : customers) {
      awaitReminders(customer, 1);
    }
    moveTo(nineAm.minus(Duration.ofMinutes(55)));
    runConcurrently(otherNode);
    for (String customer : customers) {
      awaitReminders(customer, 2);
    }

    // The locked runs took turns through the lock in the database.
    assertThat(
            jdbc.sql("select count(*) from shedlock where name = 'booking-reminders'")
                .query(Integer.class)
                .single())
        .isOne();

    // A restart: a fresh scheduler finds the reminders recorded and sends nothing again.
    var restarted = new Reminders(jdbc, transactions, events, clock);
    assertThat(restarted.recordDue()).isZero();
    reminders.sendDue();
    for (String customer : customers) {
      assertStays(customer, 2);
      assertThat(reminders(customer))
          .extracting(TestMail::subject)
          .satisfiesExactly(
              s -> assertThat(s).endsWith(" tomorrow"), s -> assertThat(s).endsWith(" in an hour"));
    }
    for (BookingSummary booking : booked) {
      assertThat(recorded(booking.id())).containsExactlyInAnyOrder("DAY_BEFORE", "HOUR_BEFORE");
    }
  }

  @Test
  void aCancelledBookingGetsNoReminder() {
    List<String> customers = BookingFixtures.customers(users, 2);
    BookingSummary cancelled = book(customers.get(0), fixture.shop().alex(), nineAm);
    SignIn.as(userDetails, customers.get(0));
    bookingChanges.cancel(cancelled.id(), "Car sold");
    book(customers.get(1), fixture.shop().bea(), nineAm);

    moveTo(nineAm.minus(Duration.ofHours(23)));
    reminders.sendDue();
    awaitReminders(customers.get(1), 1);
    moveTo(nineAm.minus(Duration.ofMinutes(50)));
    reminders.sendDue();
    awaitReminders(customers.get(1), 2);

    assertStays(customers.get(0), 0);
    assertThat(recorded(cancelled.id())).isEmpty();
  }

  @Test
  void aBookingCancelledAfterItsReminderWasRecordedIsNotReminded() {
    String customer = BookingFixtures.customers(users, 1).getFirst();
    BookingSummary booking = book(customer, fixture.shop().alex(), nineAm);
    jdbc.sql(
            "insert into booking_reminders (booking_id, kind, created_at) values (?, 'DAY_BEFORE',"
                + " now())")
        .param(booking.id())
        .update();
    SignIn.as(userDetails, customer);
    bookingChanges.cancel(booking.id(), "Car sold");

    // As the outbox delivers it (asynchronously, in its own transaction).
    mails.on(new Reminders.ReminderDue(booking.id(), Reminders.Kind.DAY_BEFORE));

    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql(
                        "select handled_at is not null from booking_reminders where booking_id = ?")
                    .param(booking.id())
                    .query(Boolean.class)
                    .single());
    assertStays(customer, 0);
  }

  @Test
  void aCustomerWhoTurnedRemindersOffGetsNoneWhileAnotherDoes() {
    List<String> customers = BookingFixtures.customers(users, 2);
    BookingSummary optedOut = book(customers.get(0), fixture.shop().alex(), nineAm);
    book(customers.get(1), fixture.shop().bea(), nineAm);
    SignIn.as(userDetails, customers.get(0));
    preferences.change(false, true);

    moveTo(nineAm.minus(Duration.ofHours(23)));
    reminders.sendDue();
    awaitReminders(customers.get(1), 1);
    assertStays(customers.get(0), 0);
    // Recorded all the same: turning reminders back on does not send this one late.
    assertThat(recorded(optedOut.id())).containsExactly("DAY_BEFORE");
    SignIn.as(userDetails, customers.get(0));
    preferences.change(true, true);
    reminders.sendDue();
    assertStays(customers.get(0), 0);
    assertThat(TestMail.receivedBy(customers.get(0)))
        .extracting(TestMail::subject)
        .anyMatch(s -> s.startsWith("Booked: "));
  }

  @Test
  void aBookingMadeThreeHoursAheadGetsOnlyTheHourBeforeReminder() {
    String customer = BookingFixtures.customers(users, 1).getFirst();
    moveTo(nineAm.minus(Duration.ofHours(3)));
    book(customer, fixture.shop().alex(), nineAm);

    reminders.sendDue();
    assertStays(customer, 0);
    moveTo(nineAm.minus(Duration.ofMinutes(58)));
    reminders.sendDue();
    MimeMessage only = awaitReminders(customer, 1).getFirst();
    assertThat(TestMail.subject(only)).endsWith(" in an hour");
    assertStays(customer, 1);
  }

  private BookingSummary book(String customer, UUID mechanic, Instant start) {
    SignIn.as(userDetails, customer);
    var held = bookings.hold(fixture.shop().shopId(), fixture.oilChange(), mechanic, start);
    BookingSummary confirmed =
        bookings.confirm(
            held.id(),
            new BookingDetails(
                new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
                "Oil change due",
                "+1 514 555 0123"));
    SecurityContextHolder.clearContext();
    return confirmed;
  }

  /** Two threads on the locked scheduler and two on another node's, ten runs each, all at once. */
  private void runConcurrently(Reminders otherNode) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var start = new CountDownLatch(1);
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        boolean locked = t % 2 == 0;
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 10; i++) {
                    if (locked) {
                      reminders.sendDue();
                    } else {
                      otherNode.recordDue();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private void moveTo(Instant when) {
    clock.advance(Duration.between(clock.instant(), when));
  }

  private List<String> recorded(UUID bookingId) {
    return jdbc.sql("select kind from booking_reminders where booking_id = ?")
        .param(bookingId)
        .query(String.class)
        .list();
  }

  private static List<MimeMessage> reminders(String customer) {
    return TestMail.receivedBy(customer).stream()
        .filter(m -> TestMail.subject(m).startsWith("Reminder: "))
        .toList();
  }

  private static List<MimeMessage> awaitReminders(String customer, int count) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> reminders(customer), list -> list.size() >= count);
  }

  /** The customer has {@code count} reminders and no more arrive meanwhile. */
  private static void assertStays(String customer, int count) {
    Awaitility.await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> reminders(customer).size(), n -> n == count);
  }
}
