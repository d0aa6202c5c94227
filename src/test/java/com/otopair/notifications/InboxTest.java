package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.I18n;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobNotices;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobWorkflow;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Milestones of bookings and jobs land in the inboxes of the people they concern. */
class InboxTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired Inbox inbox;
  @Autowired InboxReactions reactions;
  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired JobWorkflow workflow;
  @Autowired JobNotices jobNotices;
  @Autowired UserProvisioning users;
  @Autowired AccountLanguages languages;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;

  BookingFixtures fixture;
  String customer;
  String shopName;

  @BeforeEach
  void aShopAndACustomer() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    customer = BookingFixtures.customers(users, 1).getFirst();
    shopName = membership.shopName(fixture.shop().shopId());
  }

  private BookingSummary bookMondayAtNine() {
    SignIn.as(userDetails, customer);
    LocalDate monday = TestDays.nextMonday(clock, TORONTO);
    var held =
        bookings.hold(
            fixture.shop().shopId(),
            fixture.oilChange(),
            fixture.shop().alex(),
            monday.atTime(9, 0).atZone(TORONTO).toInstant());
    return bookings.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", "1HGCM82633A004352", "abc 123"),
            "Grinding noise when braking",
            "+1 514 555 0123"));
  }

  /** Waits, signed in as this user, until their inbox holds a notification that matches. */
  private InAppNotification awaitFor(String email, Predicate<InAppNotification> matching) {
    SignIn.as(userDetails, email);
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .pollInSameThread()
        .until(() -> inbox.latest(0, 50).stream().filter(matching).findFirst(), o -> o.isPresent())
        .orElseThrow();
  }

  private List<InAppNotification> inboxOf(String email) {
    SignIn.as(userDetails, email);
    return inbox.latest(0, 50);
  }

  @Test
  void aConfirmedBookingTellsTheCustomerAndTheShop() {
    BookingSummary booking = bookMondayAtNine();

    InAppNotification mine =
        awaitFor(customer, n -> n.title().equals("Booked: Oil change at " + shopName));
    assertThat(mine.body()).contains("9:00 AM (Eastern Time)").contains("with Alex Martin");
    assertThat(mine.body()).matches("Mon, [A-Z][a-z]{2} \\d{1,2}, 9:00 AM \\(Eastern Time\\).*");
    assertThat(mine.link()).isEqualTo("bookings/" + booking.id());
    assertThat(mine.unread()).isTrue();

    InAppNotification mechanics =
        awaitFor(fixture.shop().alexEmail(), n -> n.title().equals("New booking: Oil change"));
    assertThat(mechanics.body()).startsWith("Casey Customer 0, Mon, ");
    assertThat(mechanics.link()).isEqualTo("shop-bookings");
    awaitFor(fixture.shop().ownerEmail(), n -> n.title().equals("New booking: Oil change"));
  }

  @Test
  void aMovedBookingSaysTheNewAndTheOldTime() {
    BookingSummary booking = bookMondayAtNine();
    SignIn.as(userDetails, customer);
    BookingSummary moved =
        bookingChanges.reschedule(booking.id(), null, booking.start().plus(Duration.ofHours(1)));

    InAppNotification told =
        awaitFor(customer, n -> n.title().equals("Moved: Oil change at " + shopName));
    assertThat(told.body())
        .startsWith("Now Mon, ")
        .contains("10:00 AM (Eastern Time)")
        .contains("(was Mon, ")
        .endsWith("9:00 AM (Eastern Time)).");
    assertThat(told.link()).isEqualTo("bookings/" + moved.id());
    awaitFor(fixture.shop().ownerEmail(), n -> n.title().equals("Booking moved: Oil change"));
  }

  @Test
  void aCustomersCancellationTellsTheShopNotTheCustomer() {
    BookingSummary booking = bookMondayAtNine();
    awaitFor(customer, n -> n.link().equals("bookings/" + booking.id()));
    SignIn.as(userDetails, customer);
    bookingChanges.cancel(booking.id(), "Car sold");

    InAppNotification told =
        awaitFor(fixture.shop().alexEmail(), n -> n.title().startsWith("Cancelled: Oil change"));
    assertThat(told.body()).contains("cancelled Mon").contains("Reason: Car sold");
    assertThat(inboxOf(customer)).extracting(InAppNotification::title).hasSize(1);
  }

  @Test
  void aCompletedJobTellsTheCustomerTheirCarIsReady() {
    BookingSummary booking = bookMondayAtNine();
    UUID jobId =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> jobNotices.forBooking(booking.id()), o -> o.isPresent())
            .orElseThrow()
            .job()
            .job()
            .id();
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    workflow.move(jobId, JobStatus.ACCEPTED, "");
    workflow.move(jobId, JobStatus.IN_PROGRESS, "");
    workflow.move(jobId, JobStatus.COMPLETED, "");

    InAppNotification ready = awaitFor(customer, n -> n.title().equals("Your car is ready"));
    assertThat(ready.body()).isEqualTo(shopName + " finished Oil change. You can pick it up.");
    assertThat(ready.link()).isEqualTo("bookings/" + booking.id());
    awaitFor(customer, n -> n.title().equals(shopName + " accepted your job"));
  }

  @Test
  void theUnreadCountFallsAsNotificationsAreReadOneByOneOrAllAtOnce() {
    String email = "reader-" + UUID.randomUUID() + "@example.test";
    UUID me = users.createVerifiedUser(email, "Rita Reader", Roles.CUSTOMER, "a passphrase!");
    for (int i = 0; i < 3; i++) {
      InboxFixtures.notify(inbox, me, "Note " + i, "Body " + i, "bookings");
    }
    SignIn.as(userDetails, email);
    assertThat(inbox.unreadCount()).isEqualTo(3);
    List<InAppNotification> latest = inbox.latest(0, 10);
    assertThat(latest).extracting(InAppNotification::title).hasSize(3);

    inbox.markRead(latest.getFirst().id());
    assertThat(inbox.unreadCount()).isEqualTo(2);
    assertThat(inbox.latest(0, 10).getFirst().unread()).isFalse();
    inbox.markRead(latest.getFirst().id());
    assertThat(inbox.unreadCount()).isEqualTo(2);

    inbox.markAllRead();
    assertThat(inbox.unreadCount()).isZero();
    assertThat(inbox.latest(0, 10)).noneMatch(InAppNotification::unread);
    assertThat(inbox.latest(1, 10)).hasSize(2);
  }

  @Test
  void aNotificationIsWrittenInItsRecipientsLanguageWhoeverTriggersIt() {
    String email = "lectrice-" + UUID.randomUUID() + "@example.test";
    UUID me = users.createVerifiedUser(email, "Lise Lectrice", Roles.CUSTOMER, "a passphrase!");
    languages.choose(me, I18n.FRENCH);

    I18n.in(
        I18n.ENGLISH,
        () -> {
          inbox.notify(
              me,
              "JOB_COMPLETED",
              () ->
                  Inbox.Words.of(
                      "notifications.inbox.job-done.title",
                      new Object[0],
                      "notifications.inbox.job-done.body",
                      "Garage Plateau",
                      "Oil change"),
              "bookings",
              "test:" + UUID.randomUUID());
          return null;
        });

    SignIn.as(userDetails, email);
    InAppNotification told = inbox.latest(0, 1).getFirst();
    assertThat(told.title()).isEqualTo("Votre véhicule est prêt");
    assertThat(told.body())
        .isEqualTo("Garage Plateau a terminé Oil change. Vous pouvez venir le chercher.");
  }

  @Test
  void someoneElsesNotificationIsNotFound() {
    BookingSummary booking = bookMondayAtNine();
    InAppNotification theirs = awaitFor(customer, n -> n.link().equals("bookings/" + booking.id()));

    SignIn.as(userDetails, fixture.shop().alexEmail());
    assertThatThrownBy(() -> inbox.markRead(theirs.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("That notification doesn’t exist");
    assertThat(inboxOf(customer).getFirst().unread()).isTrue();
  }

  @Test
  void anEventHandledTwiceIsListedOnce() {
    BookingSummary booking = bookMondayAtNine();
    awaitFor(customer, n -> n.link().equals("bookings/" + booking.id()));
    int before = inboxOf(customer).size();
    SecurityContextHolder.clearContext();

    reactions.on(
        new BookingConfirmed(
            booking.id(),
            booking.shopId(),
            booking.mechanicId(),
            booking.customerId(),
            booking.start(),
            null));

    assertThat(inboxOf(customer)).hasSize(before);
  }
}
