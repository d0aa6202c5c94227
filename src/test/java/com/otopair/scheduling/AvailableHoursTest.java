package com.otopair.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mechanic's available hours over some days, as the owner's utilisation reads them: weekly
 * windows, a day's override in their place, no hours on time off, elapsed time across a
 * daylight-saving change.
 */
class AvailableHoursTest extends IntegrationTest {

  /** Sunday 14 March 2027: Toronto's clocks skip from 02:00 to 03:00. */
  static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 14);

  @Autowired AvailableHours available;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;

  ScheduleFixtures shop;

  @BeforeEach
  void aTorontoShop() {
    shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
  }

  @Test
  void weeklyWindowsCountEveryDayTheyApplyOn() {
    schedules.weeklyHours(
        shop.shopId(),
        shop.alex(),
        List.of(
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE),
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 30), BigDecimal.ONE),
            WindowHours.weekly(
                DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT, BigDecimal.ONE)));
    LocalDate monday = LocalDate.of(2027, 5, 3);

    Map<UUID, Duration> hours =
        available.of(shop.shopId(), List.of(shop.alex(), shop.bea()), monday, monday.plusDays(13));

    assertThat(hours)
        .containsEntry(shop.alex(), Duration.ofMinutes(2 * (3 * 60 + 4 * 60 + 30 + 6 * 60)))
        .containsEntry(shop.bea(), Duration.ZERO);
  }

  @Test
  void anOverrideReplacesTheDaysWindowsAndTimeOffLeavesNone() {
    schedules.weeklyHours(
        shop.shopId(),
        shop.alex(),
        List.of(
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0), BigDecimal.ONE),
            WindowHours.weekly(
                DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0), BigDecimal.ONE),
            WindowHours.weekly(
                DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0), BigDecimal.ONE)));
    LocalDate monday = LocalDate.of(2027, 5, 3);
    schedules.override(
        shop.shopId(), shop.alex(), monday, LocalTime.of(10, 0), LocalTime.of(12, 0), "Training");
    schedules.override(shop.shopId(), shop.alex(), monday.plusDays(1), null, null, "Closed");
    schedules.timeOff(shop.shopId(), shop.alex(), monday.plusDays(2), monday.plusDays(2), "Away");

    assertThat(available.of(shop.shopId(), List.of(shop.alex()), monday, monday.plusDays(6)))
        .containsEntry(shop.alex(), Duration.ofHours(2));
  }

  @Test
  void theNightTheClocksSkipAnHourHasAnHourLess() {
    schedules.weeklyHours(
        shop.shopId(),
        shop.bea(),
        List.of(
            WindowHours.weekly(
                DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(6, 0), BigDecimal.ONE)));

    assertThat(available.of(shop.shopId(), List.of(shop.bea()), SPRING_FORWARD, SPRING_FORWARD))
        .containsEntry(shop.bea(), Duration.ofHours(5));
    assertThat(
            available.of(
                shop.shopId(),
                List.of(shop.bea()),
                SPRING_FORWARD.plusDays(7),
                SPRING_FORWARD.plusDays(7)))
        .containsEntry(shop.bea(), Duration.ofHours(6));
  }
}
