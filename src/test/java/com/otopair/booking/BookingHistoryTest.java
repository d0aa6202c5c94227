package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A booking's story as an admin reads it: held, confirmed, moved, paid, cancelled with a refund,
 * with its mails, its job, the admin's line in the audit log and a note, oldest first, from
 * whichever booking of the chain it is opened.
 */
class BookingHistoryTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHistoryReader reader;
  @Autowired AdminBookingActions actions;
  @Autowired BookingHolds bookings;
  @Autowired BookingChanges changes;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(TORONTO).toInstant();
  }

  /** Waits until the booking's timeline has an entry that {@code wanted} accepts. */
  List<BookingHistoryEntry> awaitEntry(UUID bookingId, Predicate<BookingHistoryEntry> wanted) {
    return Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(20))
        .until(() -> reader.detail(bookingId).timeline(), t -> t.stream().anyMatch(wanted));
  }

  static Predicate<BookingHistoryEntry> is(BookingHistoryEntry.Kind kind, String part) {
    return e -> e.kind() == kind && e.text().contains(part);
  }

  /** A mail about the booking that has left (not one still queued: it shows when it leaves). */
  static Predicate<BookingHistoryEntry> sent(String part) {
    return e ->
        e.kind() == BookingHistoryEntry.Kind.EMAIL
            && e.text().contains(part)
            && e.text().contains(" sent to ");
  }

  static int indexOf(List<BookingHistoryEntry> timeline, Predicate<BookingHistoryEntry> wanted) {
    for (int i = 0; i < timeline.size(); i++) {
      if (wanted.test(timeline.get(i))) {
        return i;
      }
    }
    throw new AssertionError("No such entry in " + timeline);
  }

  @Test
  void aBookingHeldConfirmedMovedAndCancelledWithARefundShowsEveryEntryInOrder() {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    LocalDate monday = TestDays.nextMonday(clock, TORONTO);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(admin, "Ada Admin", Roles.ADMIN, "a long passphrase");

    SignIn.as(userDetails, customer);
    UUID held =
        bookings
            .hold(
                fixture.shop().shopId(),
                fixture.oilChange(),
                fixture.shop().bea(),
                at(monday, 9, 0))
            .id();
    clock.advance(Duration.ofMinutes(1));
    bookings.confirm(held, BookingHoldsTest.details());
    SignIn.as(userDetails, admin);
    awaitEntry(held, sent("Booked"));
    awaitEntry(held, is(BookingHistoryEntry.Kind.JOB, "opened"));

    clock.advance(Duration.ofMinutes(1));
    SignIn.as(userDetails, customer);
    UUID moved = changes.reschedule(held, fixture.shop().bea(), at(monday, 10, 0)).id();
    SignIn.as(userDetails, admin);
    awaitEntry(moved, sent("Moved"));
    clock.advance(Duration.ofMinutes(1));
    // Paid at the counter ahead of the visit: the payments module refunds it when cancelled.
    Instant paidAt = clock.instant();
    jdbc.update(
        """
        insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description,
            gateway, status, currency, amount_minor, captured_minor, created_at, updated_at,
            captured_at)
        select ?, shop_id, customer_id, 'BOOKING', id, 'Oil change', 'OFFLINE', 'CAPTURED', 'CAD',
            8000, 8000, ?, ?, ? from bookings where id = ?
        """,
        UUID.randomUUID(),
        Timestamp.from(paidAt),
        Timestamp.from(paidAt),
        Timestamp.from(paidAt),
        moved);
    clock.advance(Duration.ofMinutes(1));
    actions.forceCancel(moved, "The shop closed for the day");
    awaitEntry(moved, sent("cancelled your booking"));
    awaitEntry(moved, is(BookingHistoryEntry.Kind.PAYMENT, "80.00"));
    awaitEntry(moved, is(BookingHistoryEntry.Kind.AUDIT, "The shop closed for the day"));
    awaitEntry(moved, e -> e.kind() == BookingHistoryEntry.Kind.JOB && e.text().contains("Cancel"));
    awaitEntry(
        moved, e -> e.kind() == BookingHistoryEntry.Kind.PAYMENT && e.text().contains("efund"));
    clock.advance(Duration.ofMinutes(1));
    actions.note(moved, "Offered a coupon by phone");
    // The note's audit line is written after the commit, like every audit line; the timeline shows
    // the note once, as a note.
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from audit_entries where subject = ? and action = ?",
                        Long.class,
                        BookingAudited.subject(moved),
                        "BOOKING_NOTE_ADDED")
                    == 1);
    assertThat(reader.detail(moved).timeline())
        .filteredOn(e -> e.text().contains("Offered a coupon by phone"))
        .singleElement()
        .extracting(BookingHistoryEntry::kind)
        .isEqualTo(BookingHistoryEntry.Kind.NOTE);

    BookingHistoryReader.Detail fromOriginal = reader.detail(held);
    BookingHistoryReader.Detail fromMoved = reader.detail(moved);
    List<BookingHistoryEntry> timeline = fromMoved.timeline();
    // The same story from either booking; the move links to the other one.
    assertThat(fromOriginal.timeline())
        .extracting(BookingHistoryEntry::text)
        .isEqualTo(timeline.stream().map(BookingHistoryEntry::text).toList());
    assertThat(fromOriginal.movedTo()).isEqualTo(moved);
    assertThat(fromMoved.movedFrom()).isEqualTo(held);
    assertThat(fromMoved.endedBy()).isEqualTo("Otopair support");
    assertThat(timeline).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));

    int heldAt = indexOf(timeline, is(BookingHistoryEntry.Kind.BOOKING, "Held: Oil change"));
    int confirmedAt = indexOf(timeline, is(BookingHistoryEntry.Kind.BOOKING, "Confirmed for"));
    int mailedAt = indexOf(timeline, sent("Booked"));
    int jobAt = indexOf(timeline, is(BookingHistoryEntry.Kind.JOB, "opened"));
    int movedAt = indexOf(timeline, is(BookingHistoryEntry.Kind.BOOKING, "Moved by the customer"));
    int chargedAt = indexOf(timeline, is(BookingHistoryEntry.Kind.PAYMENT, "Charged $80.00"));
    int cancelledAt =
        indexOf(timeline, is(BookingHistoryEntry.Kind.BOOKING, "Cancelled by Otopair support"));
    int auditAt = indexOf(timeline, is(BookingHistoryEntry.Kind.AUDIT, admin));
    int movedMailAt = indexOf(timeline, sent("Moved"));
    int cancelMailAt = indexOf(timeline, sent("cancelled your booking"));
    int refundAt =
        indexOf(
            timeline,
            e -> e.kind() == BookingHistoryEntry.Kind.PAYMENT && e.text().contains("efund"));
    int jobCancelledAt =
        indexOf(
            timeline, e -> e.kind() == BookingHistoryEntry.Kind.JOB && e.text().contains("Cancel"));
    int noteAt = indexOf(timeline, is(BookingHistoryEntry.Kind.NOTE, "Offered a coupon by phone"));

    assertThat(List.of(heldAt, confirmedAt, movedAt, chargedAt, cancelledAt, noteAt)).isSorted();
    assertThat(mailedAt).isBetween(confirmedAt, movedAt);
    assertThat(jobAt).isBetween(confirmedAt, movedAt);
    assertThat(movedMailAt).isBetween(movedAt, chargedAt);
    assertThat(List.of(auditAt, cancelMailAt, refundAt, jobCancelledAt))
        .allSatisfy(i -> assertThat(i).isBetween(cancelledAt, noteAt));
    assertThat(timeline.get(movedAt).link()).isEqualTo("admin/bookings/" + held);
    assertThat(fromOriginal.timeline().get(movedAt).link()).isEqualTo("admin/bookings/" + moved);
    assertThat(timeline.get(refundAt).text()).contains("$80.00");
    assertThat(timeline.get(auditAt).text()).contains(admin);
    assertThat(fromMoved.paymentState()).contains("Refunded");
  }

  @Test
  void aBookingHeldAndConfirmedAtOnceSaysHeldFirst() {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    UUID customer =
        jdbc.queryForObject(
            "select id from users where email = ?",
            UUID.class,
            BookingFixtures.customers(users, 1).getFirst());
    String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(admin, "Ada Admin", Roles.ADMIN, "a long passphrase");
    Instant start = at(TestDays.nextMonday(clock, TORONTO), 9, 0);
    Timestamp now = Timestamp.from(clock.instant());
    UUID booking = UUID.randomUUID();
    // Taken by phone: held and confirmed in the same instant.
    jdbc.update(
        """
        insert into bookings (id, shop_id, mechanic_id, customer_id, offering_id, service_name,
            status, starts_at, ends_at, blocked_from, blocked_until, price_minor, currency,
            multiplier, created_at, confirmed_at, source)
        values (?, ?, ?, ?, ?, 'Oil change', 'CONFIRMED', ?, ?, ?, ?, 8000, 'CAD', 1, ?, ?, 'PHONE')
        """,
        booking,
        fixture.shop().shopId(),
        fixture.shop().bea(),
        customer,
        fixture.oilChange(),
        Timestamp.from(start),
        Timestamp.from(start.plus(Duration.ofHours(1))),
        Timestamp.from(start),
        Timestamp.from(start.plus(Duration.ofHours(1))),
        now,
        now);
    SignIn.as(userDetails, admin);

    assertThat(reader.detail(booking).timeline())
        .filteredOn(e -> e.kind() == BookingHistoryEntry.Kind.BOOKING)
        .extracting(e -> e.text().substring(0, e.text().indexOf(' ')))
        .containsExactly("Held:", "Confirmed");
  }

  @Test
  void onlyAdminsReadAStoryAndAnUnknownBookingIsNotFound() {
    String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(admin, "Ada Admin", Roles.ADMIN, "a long passphrase");
    String customer = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, customer);
    assertThatThrownBy(() -> reader.detail(UUID.randomUUID()))
        .isInstanceOf(AccessDeniedException.class);
    SignIn.as(userDetails, admin);
    assertThatThrownBy(() -> reader.detail(UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
  }
}
