package com.otopair.booking;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.otopair.support.TestMail;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

class ShopBookingsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired ShopBookings shopBookings;
  @Autowired BookingHolds bookings;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures fixture;
  LocalDate monday;
  String customer;
  UUID alexBooking;
  UUID beaBooking;

  @BeforeEach
  void booked() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    monday = TestDays.nextMonday(clock, TORONTO);
    List<String> customers = BookingFixtures.customers(users, 2);
    customer = customers.getFirst();
    alexBooking = book(customer, fixture.shop().alex(), 9);
    beaBooking = book(customers.get(1), fixture.shop().bea(), 9);
    SignIn.as(userDetails, fixture.shop().ownerEmail());
  }

  private UUID book(String email, UUID mechanic, int hour) {
    SignIn.as(userDetails, email);
    var held = bookings.hold(fixture.shop().shopId(), fixture.oilChange(), mechanic, at(hour));
    return bookings.confirm(held.id(), BookingHoldsTest.details()).id();
  }

  Instant at(int hour) {
    return monday.atTime(hour, 0).atZone(TORONTO).toInstant();
  }

  List<UUID> visible() {
    return shopBookings.between(fixture.shop().shopId(), at(0), at(23)).stream()
        .map(BookingSummary::id)
        .toList();
  }

  @Test
  void theOwnerSeesEveryBookingAndAMechanicTheirOwn() {
    assertThat(visible()).containsExactlyInAnyOrder(alexBooking, beaBooking);
    SignIn.as(userDetails, fixture.shop().alexEmail());
    assertThat(visible()).containsExactly(alexBooking);
  }

  @Test
  void theOwnerCancelsWithAReasonThatTheCustomerIsEmailed() {
    assertRefusedAt(() -> shopBookings.cancel(alexBooking, " "), "reason", "Tell the customer why");

    BookingSummary cancelled = shopBookings.cancel(alexBooking, "Alex is ill; sorry!");

    assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
    var mail =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    TestMail.receivedBy(customer).stream()
                        .filter(m -> TestMail.subject(m).contains("cancelled your booking"))
                        .toList(),
                list -> !list.isEmpty())
            .getFirst();
    assertThat(TestMail.text(mail)).contains("The reason: Alex is ill; sorry!");
  }

  @Test
  void aMechanicIsToldOnlyTheOwnerMayCancelOrMoveAndAStrangerThatTheBookingIsNotThere() {
    SignIn.as(userDetails, fixture.shop().alexEmail());
    assertThatThrownBy(() -> shopBookings.cancel(alexBooking, "I'm ill"))
        .isExactlyInstanceOf(NotAllowedException.class)
        .hasMessage("Only the shop’s owner can do this");
    assertThatThrownBy(() -> shopBookings.reassign(alexBooking, fixture.shop().bea()))
        .isExactlyInstanceOf(NotAllowedException.class)
        .hasMessage("Only the shop’s owner can do this");

    var other = BookingFixtures.create(users, shops, membership, schedules);
    SignIn.as(userDetails, other.shop().ownerEmail());
    assertThatThrownBy(() -> shopBookings.cancel(alexBooking, "Not mine"))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("We couldn’t find that booking");
    assertThat(
            jdbc.queryForObject(
                "select status from bookings where id = ?", String.class, alexBooking))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void aBookingMovesOnlyToAMechanicFreeAtThatTime() {
    assertRefusedAt(
        () -> shopBookings.reassign(alexBooking, fixture.shop().bea()),
        "mechanic",
        "That mechanic is booked at that time");

    SignIn.as(userDetails, customer);
    UUID eleven = book(customer, fixture.shop().alex(), 11);
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    BookingSummary moved = shopBookings.reassign(eleven, fixture.shop().bea());

    assertThat(moved.mechanicId()).isEqualTo(fixture.shop().bea());
  }

  @Test
  void aNoShowIsMarkedOnlyOnceTheBookingHasStarted() {
    assertThatThrownBy(() -> shopBookings.markNoShow(alexBooking))
        .hasMessage("You can mark a no-show once the booking has started");
    clock.advance(Duration.between(clock.instant(), at(9)).plusMinutes(20));

    SignIn.as(userDetails, fixture.shop().alexEmail());
    assertThat(shopBookings.markNoShow(alexBooking).status()).isEqualTo(BookingStatus.NO_SHOW);
    assertThatThrownBy(() -> shopBookings.markNoShow(beaBooking))
        .hasMessage("We couldn’t find that booking");
  }
}
