package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.audit.AccessLog;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.PageTexts;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The admin's page of one booking: its facts with the shop's zone named, its timeline, the opening
 * in the access log, each dialog marking every wrong field at once, a friendly not-found, and rules
 * that keep it usable at 375 px.
 */
class AdminBookingViewTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired AccessLog accessLog;

  BookingFixtures fixture;
  LocalDate monday;
  String customer;
  String admin;
  UUID booking;

  @BeforeEach
  void aBooking() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    monday = TestDays.nextMonday(clock, TORONTO);
    customer = BookingFixtures.customers(users, 1).getFirst();
    admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(admin, "Ada Admin", "ADMIN", "a long passphrase");
    SignIn.as(userDetails, customer);
    booking =
        bookings
            .confirm(
                bookings
                    .hold(
                        fixture.shop().shopId(),
                        fixture.oilChange(),
                        fixture.shop().alex(),
                        at(9, 0))
                    .id(),
                new BookingDetails(
                    new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
                    "Grinding noise",
                    "+1 514 555 0123"))
            .id();
  }

  Instant at(int hour, int minute) {
    return monday.atTime(hour, minute).atZone(TORONTO).toInstant();
  }

  AdminBookingView open(UUID id) {
    openAs(admin);
    navigate("home");
    navigate("admin/bookings/" + id);
    return _get(AdminBookingView.class);
  }

  @Test
  void thePageShowsTheBookingInTheShopsZoneWithItsTimelineAndLogsTheOpeningOnce() {
    AdminBookingView view = open(booking);

    assertThat(view.heading.getText()).contains("Oil change").contains("Casey Customer 0");
    String text = PageTexts.textOf(view);
    assertThat(text)
        .contains("(Eastern Time)")
        .contains(
            jdbc.queryForObject(
                "select name from shops where id = ?", String.class, fixture.shop().shopId()))
        .contains("Confirmed")
        .contains("Web")
        .contains("No payment")
        .contains("Held: Oil change")
        .contains("Confirmed for");
    assertThat(text).doesNotContainPattern(PageTexts.MISSING_KEY);

    accessLog.flush();
    UUID adminId = jdbc.queryForObject("select id from users where email = ?", UUID.class, admin);
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from access_log where subject_id = ? and actor_id = ?"
                        + " and subject_kind = 'BOOKING' and customer_id is not null",
                    Integer.class,
                    booking,
                    adminId),
            n -> n >= 1);
    accessLog.flush();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from access_log where subject_id = ? and actor_id = ?",
                Integer.class,
                booking,
                adminId))
        .isOne();
  }

  @Test
  void anUnknownOrMangledIdIsAFriendlyNotFound() {
    openAs(admin);
    navigate("admin/bookings/not-a-booking");
    assertThat(currentView()).isEqualTo("NotFoundView");
    navigate("admin/bookings/" + UUID.randomUUID());
    assertThat(currentView()).isEqualTo("NotFoundView");
  }

  @Test
  void theCancelDialogWantsAReasonThenCancelsAndTheTimelineSaysSo() {
    AdminBookingView view = open(booking);
    _click(view.cancel);
    AdminCancelDialog dialog = _get(AdminCancelDialog.class);
    _click(dialog.confirm);
    _expectInvalid(dialog.reason, "Say why the booking is cancelled");
    _setValue(dialog.reason, "Line one\u0007");
    _click(dialog.confirm);
    assertThat(dialog.reason.isInvalid()).isTrue();

    _setValue(dialog.reason, "The customer called to cancel");
    _click(dialog.confirm);

    assertThat(dialog.isOpened()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select status || ' ' || cancelled_by from bookings where id = ?",
                String.class,
                booking))
        .isEqualTo("CANCELLED ADMIN");
    assertThat(PageTexts.textOf(view))
        .contains("Cancelled by Otopair support, in time: The customer called to cancel");
    assertThat(view.cancel.isEnabled()).isFalse();
    assertThat(view.move.isEnabled()).isFalse();
  }

  @Test
  void theMoveDialogMarksTheDayAndTheTimeAtOnceThenMovesTheBooking() {
    AdminBookingView view = open(booking);
    _click(view.move);
    AdminMoveDialog dialog = _get(AdminMoveDialog.class);
    _setValue(dialog.day, null);
    _click(dialog.move);
    _expectInvalid(dialog.day, "Pick a day");
    _expectInvalid(dialog.slot, "Pick a free time");

    _setValue(dialog.day, monday);
    _setValue(
        dialog.slot,
        dialog
            .slot
            .getListDataView()
            .getItems()
            .filter(s -> s.start().equals(at(10, 0)) && s.mechanicId().equals(fixture.shop().bea()))
            .findFirst()
            .orElseThrow());
    _click(dialog.move);

    assertThat(dialog.isOpened()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where rescheduled_from = ? and status = 'CONFIRMED'",
                Integer.class,
                booking))
        .isOne();
    assertThat(PageTexts.textOf(view)).contains("Moved by Otopair support");
  }

  @Test
  void theNoteDialogRefusesEmptyAndTooLongNotesThenKeepsOne() {
    AdminBookingView view = open(booking);
    _click(view.note);
    AdminNoteDialog dialog = _get(AdminNoteDialog.class);
    _click(dialog.save);
    _expectInvalid(dialog.text, "Write the note");
    _setValue(dialog.text, "x".repeat(2001));
    _click(dialog.save);
    _expectInvalid(dialog.text, "Keep the note under 2,000 characters");

    _setValue(dialog.text, "Customer prefers a call, not email");
    _click(dialog.save);

    assertThat(dialog.isOpened()).isFalse();
    assertThat(PageTexts.textOf(view)).contains("Note by Ada Admin: Customer prefers a call");
  }

  @Test
  void atPhoneWidthTheFactsTheTimelineAndTheActionsStackAndTheDialogsFit() throws Exception {
    AdminBookingView view = open(booking);
    assertThat(view.timeline.getChildren())
        .allSatisfy(row -> assertThat(row.getClassNames()).contains("otopair-admin-booking-entry"));
    String css = Files.readString(Path.of("themes/otopair/styles.css"));
    String narrow = css.substring(css.indexOf("/* Admin booking page (bookingdetail)"));
    assertThat(narrow)
        .contains("@media (max-width: 640px)")
        .contains(".otopair-admin-booking-entry {\n    grid-template-columns: auto minmax(0, 1fr);")
        .contains(".otopair-admin-booking-actions vaadin-button {\n    flex: 1 1 100%;")
        .contains("#admin-move,");
  }
}
