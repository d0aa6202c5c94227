package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.StatsFixtures;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The owner's money in compares like with like: this month so far with the same days of last month
 * (the 1st to today's day, or to its end when it is shorter), this week so far with last week to
 * the same weekday, whole days in the shop's zone.
 */
class OwnerRevenueTest extends IntegrationTest {

  @Autowired OwnerRevenue revenue;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  StatsFixtures shop;

  @BeforeEach
  void aShopInVancouver() {
    shop = StatsFixtures.create("America/Vancouver", "CA", users, shops, membership, jdbc);
    SignIn.as(userDetails, shop.ownerEmail);
  }

  @Test
  void onTheSeventhThisMonthSoFarIsComparedWithTheFirstSevenDaysOfLastMonth() {
    LocalDate seventh = today().plusMonths(2).withDayOfMonth(7);
    LocalDate lastMonth = seventh.minusMonths(1);
    taken(seventh.withDayOfMonth(2).atTime(10, 0), 10_000);
    taken(seventh.atTime(9, 0), 5_000);
    // The same days of last month: the 1st at midnight to the 7th at 23:59.
    taken(lastMonth.withDayOfMonth(1).atTime(0, 0), 8_000);
    taken(lastMonth.withDayOfMonth(7).atTime(23, 59), 2_000);
    // The rest of last month: left out of the comparison.
    taken(lastMonth.withDayOfMonth(8).atTime(0, 0), 50_000);
    taken(lastMonth.withDayOfMonth(25).atTime(12, 0), 30_000);
    moveClockTo(seventh.atTime(10, 0));

    OwnerRevenue.Revenue money = revenue.revenue(shop.shopId);

    assertThat(money.today()).isEqualTo(seventh);
    assertThat(money.firstOfMonth()).isEqualTo(seventh.withDayOfMonth(1));
    assertThat(money.thisMonth().minor()).isEqualTo(15_000);
    assertThat(money.lastMonth().minor()).isEqualTo(10_000);
    assertThat(money.thisMonth().currency()).isEqualTo("CAD");
  }

  @Test
  void onTheThirtyFirstLastMonthOfThirtyDaysCountsWhole() {
    LocalDate day = today().plusMonths(1);
    while (day.lengthOfMonth() != 31 || day.minusMonths(1).lengthOfMonth() != 30) {
      day = day.plusMonths(1);
    }
    LocalDate thirtyFirst = day.withDayOfMonth(31);
    LocalDate lastMonth = thirtyFirst.minusMonths(1);
    taken(thirtyFirst.withDayOfMonth(1).atTime(9, 0), 4_000);
    taken(lastMonth.withDayOfMonth(30).atTime(23, 30), 3_000);
    taken(thirtyFirst.minusMonths(2).withDayOfMonth(28).atTime(12, 0), 9_000);
    moveClockTo(thirtyFirst.atTime(12, 0));

    OwnerRevenue.Revenue money = revenue.revenue(shop.shopId);

    assertThat(money.thisMonth().minor()).isEqualTo(4_000);
    assertThat(money.lastMonth().minor()).isEqualTo(3_000);
  }

  @Test
  void onAWednesdayThisWeekSoFarIsComparedWithLastWeekToWednesday() {
    LocalDate wednesday =
        today().plusMonths(1).withDayOfMonth(15).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    LocalDate monday = wednesday.with(DayOfWeek.MONDAY);
    taken(monday.atTime(10, 0), 6_000);
    taken(monday.minusWeeks(1).atTime(0, 0), 4_000);
    taken(wednesday.minusWeeks(1).atTime(23, 59), 1_000);
    // Last Thursday and Sunday: after the same day last week.
    taken(wednesday.minusWeeks(1).plusDays(1).atTime(0, 0), 7_000);
    taken(monday.minusDays(1).atTime(12, 0), 20_000);
    moveClockTo(wednesday.atTime(8, 0));

    OwnerRevenue.Revenue money = revenue.revenue(shop.shopId);

    assertThat(money.monday()).isEqualTo(monday);
    assertThat(money.thisWeek().minor()).isEqualTo(6_000);
    assertThat(money.lastWeek().minor()).isEqualTo(5_000);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), shop.zone);
  }

  private void taken(LocalDateTime at, long minor) {
    shop.payment(shop.at(at), "CAPTURED", minor, minor, 0);
  }

  private void moveClockTo(LocalDateTime local) {
    clock.advance(Duration.between(clock.instant(), shop.at(local)));
  }
}
