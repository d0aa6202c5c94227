package com.otopair.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Slots read from the database: what a customer looking to book would be offered. */
class AvailabilityTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final Money OIL_CHANGE = new Money(8000, "CAD");
  static final Offering OIL = ScheduleFixtures.service(60, OIL_CHANGE, OfferingMode.IN_SHOP);

  @Autowired Availability availability;
  @Autowired WeeklyHours weeklyHours;
  @Autowired DayChanges dayChanges;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;

  ScheduleFixtures shop;
  LocalDate monday;

  @BeforeEach
  void shop() {
    shop = ScheduleFixtures.create(users, shops, membership, TORONTO.getId());
    SignIn.as(userDetails, shop.ownerEmail());
    monday = TestDays.nextMonday(clock, TORONTO);
    weeklyHours.addWindow(
        shop.shopId(),
        shop.alex(),
        WindowHours.weekly(
            DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), new BigDecimal("1.5")));
    weeklyHours.addWindow(
        shop.shopId(),
        shop.bea(),
        WindowHours.weekly(
            DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0), BigDecimal.ONE));
    // Anyone may look at slots, signed in or not.
    SecurityContextHolder.clearContext();
  }

  @Test
  void aMechanicsSlotsFollowTheirWindowTheStepAndThePeakPrice() {
    var slots = availability.slots(shop.shopId(), OIL, shop.alex(), monday, monday);

    assertThat(slots)
        .extracting(s -> s.start().atZone(TORONTO).toLocalTime())
        .containsExactly(
            LocalTime.of(9, 0),
            LocalTime.of(9, 15),
            LocalTime.of(9, 30),
            LocalTime.of(9, 45),
            LocalTime.of(10, 0),
            LocalTime.of(10, 15),
            LocalTime.of(10, 30),
            LocalTime.of(10, 45),
            LocalTime.of(11, 0));
    assertThat(slots).allSatisfy(s -> assertThat(s.price()).isEqualTo(new Money(12000, "CAD")));
  }

  @Test
  void anyMechanicMergesTheTeamAndADayOffRemovesAMechanicsSlots() {
    var merged = availability.slots(shop.shopId(), OIL, null, monday, monday);
    assertThat(merged).hasSize(13); // 09:00 to 12:00, every 15 minutes
    assertThat(merged.getLast().mechanicId()).isEqualTo(shop.bea());
    assertThat(merged.getLast().price()).isEqualTo(OIL_CHANGE);

    SignIn.as(userDetails, shop.ownerEmail());
    dayChanges.setOverride(
        shop.shopId(), shop.alex(), monday, null, null, BigDecimal.ONE, "Training");
    SecurityContextHolder.clearContext();

    assertThat(availability.slots(shop.shopId(), OIL, null, monday, monday))
        .extracting(Slot::mechanicId)
        .containsOnly(shop.bea());
  }

  @Test
  void aMechanicOfAnotherShopHasNoSlotsHere() {
    assertThatThrownBy(
            () -> availability.slots(shop.shopId(), OIL, UUID.randomUUID(), monday, monday))
        .isInstanceOf(InvalidRequestException.class);
  }
}
