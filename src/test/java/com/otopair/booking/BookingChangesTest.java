package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class BookingChangesTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired MyBookings myBookings;
  @Autowired Availability availability;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;

  BookingFixtures fixture;
  LocalDate monday;
  List<String> customers;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    monday = TestDays.nextMonday(clock, TORONTO);
    customers = BookingFixtures.customers(users, 2);
    SignIn.as(userDetails, customers.getFirst());
  }

  Instant at(int hour, int minute) {
    return monday.atTime(hour, minute).atZone(TORONTO).toInstant();
  }

  @Test
  void aLateCancellationIsMarkedLateAndAnEarlyOneIsNot() {
    BookingSummary early =
        bookings.confirm(
            bookings
                .hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(9, 0))
                .id(),
            BookingHoldsTest.details());
    assertThat(bookingChanges.cancel(early.id(), "Changed my mind").cancelledLate()).isFalse();

    BookingSummary late =
        bookings.confirm(
            bookings
                .hold(
                    fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(11, 0))
                .id(),
            BookingHoldsTest.details());
    clock.advance(Duration.between(clock.instant(), at(11, 0)).minus(Duration.ofHours(3)));
    BookingSummary cancelled = bookingChanges.cancel(late.id(), "Sick");
    assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(cancelled.cancelledLate()).isTrue();
    assertThat(availability.policy(fixture.shop().shopId()))
        .extracting(BookingPolicy::cancellationWindow)
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  void reschedulingMovesTheBookingUpToTheShopsLimitAndKeepsItWhenTheNewSlotIsTaken() {
    BookingSummary booked =
        bookings.confirm(
            bookings
                .hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(9, 0))
                .id(),
            BookingHoldsTest.details());

    BookingSummary moved = bookingChanges.reschedule(booked.id(), fixture.shop().alex(), at(9, 30));
    assertThat(moved.start()).isEqualTo(at(9, 30));
    assertThat(moved.rescheduleCount()).isEqualTo(1);
    assertThat(myBookings.booking(booked.id()).status()).isEqualTo(BookingStatus.RESCHEDULED);

    // Someone else holds 11:00; moving there fails and the 9:30 booking stays.
    SignIn.as(userDetails, customers.get(1));
    bookings.hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), at(11, 0));
    SignIn.as(userDetails, customers.getFirst());
    assertThatThrownBy(
            () -> bookingChanges.reschedule(moved.id(), fixture.shop().alex(), at(11, 0)))
        .isInstanceOf(SlotTakenException.class);
    assertThat(myBookings.booking(moved.id()).status()).isEqualTo(BookingStatus.CONFIRMED);

    BookingSummary twice = bookingChanges.reschedule(moved.id(), fixture.shop().bea(), at(10, 0));
    assertThat(twice.mechanicId()).isEqualTo(fixture.shop().bea());
    assertThatThrownBy(() -> bookingChanges.reschedule(twice.id(), null, at(9, 0)))
        .hasMessageContaining("the most this shop allows");
    assertThat(BigDecimal.ONE).isEqualByComparingTo(twice.multiplier());
  }
}
