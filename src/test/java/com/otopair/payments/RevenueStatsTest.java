package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Granularity;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.base.StatRange;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.payments.RevenueStats.Revenue;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.StatsFixtures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Money taken, for the analytics pages: captured plus extras less refunds, on the day paid in the
 * shop's zone, one currency at a time (a USD shop's money never adds to CAD figures).
 */
class RevenueStatsTest extends IntegrationTest {

  private static final LocalDate MAR_7 = LocalDate.of(2027, 3, 7);
  private static final LocalDate MAR_14 = LocalDate.of(2027, 3, 14);

  @Autowired RevenueStats stats;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  StatsFixtures montreal;
  StatsFixtures seattle;

  @BeforeEach
  void shopsInTwoCountries() {
    montreal = StatsFixtures.create("America/Montreal", "CA", users, shops, membership, jdbc);
    seattle = StatsFixtures.create("America/Los_Angeles", "US", users, shops, membership, jdbc);
  }

  /** Clocks spring forward on Mar 14, 2027; the range is that week, by day. */
  private StatRange week() {
    return new StatRange(MAR_7.plusDays(1), MAR_14, montreal.zone, Granularity.DAY);
  }

  @Test
  void revenueIsWhatWasTakenLessRefundsOnTheDayPaidInTheShopsZone() {
    // 23:30 on Mar 8 in Montreal (Mar 9 in UTC) counts on Mar 8.
    montreal.payment(
        montreal.at(LocalDateTime.of(2027, 3, 8, 23, 30)), "CAPTURED", 10_000, 10_000, 0);
    montreal.payment(
        montreal.at(LocalDateTime.of(2027, 3, 8, 10, 0)), "CAPTURED", 8000, 8000, 2000);
    montreal.payment(
        montreal.at(LocalDateTime.of(2027, 3, 14, 3, 30)), "REFUNDED", 5000, 5000, 5000);
    montreal.payment(montreal.at(LocalDateTime.of(2027, 3, 14, 23, 30)), "CAPTURED", 4000, 4000, 0);
    // Not taken: due at the shop, authorised only, cancelled.
    montreal.payment(montreal.at(LocalDateTime.of(2027, 3, 9, 10, 0)), "DUE", 7000, 0, 0);
    montreal.payment(montreal.at(LocalDateTime.of(2027, 3, 9, 11, 0)), "AUTHORIZED", 7000, 0, 0);
    montreal.payment(montreal.at(LocalDateTime.of(2027, 3, 9, 12, 0)), "CANCELLED", 7000, 0, 0);
    SignIn.as(userDetails, montreal.ownerEmail);

    var periods = stats.byPeriod(montreal.shopId, "CAD", week());

    assertThat(periods).hasSize(7);
    assertThat(periods.getFirst().period()).isEqualTo(LocalDate.of(2027, 3, 8));
    assertThat(periods.getFirst().revenue()).isEqualTo(new Revenue(2, 16_000, 2000));
    assertThat(periods.subList(1, 6))
        .extracting(RevenueStats.Period::revenue)
        .containsOnly(Revenue.NONE);
    assertThat(periods.getLast().revenue()).isEqualTo(new Revenue(2, 4000, 5000));
  }

  @Test
  void theMarketplaceAddsNoUsdToCad() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    StatRange utc = new StatRange(MAR_7, MAR_14, ZoneOffset.UTC, Granularity.WEEK);
    List<RevenueStats.Period> cadBefore = stats.byPeriod(null, "CAD", utc);
    List<RevenueStats.Period> usdBefore = stats.byPeriod(null, "USD", utc);

    montreal.payment(
        montreal.at(LocalDateTime.of(2027, 3, 10, 12, 0)), "CAPTURED", 10_000, 10_000, 0);
    seattle.payment(seattle.at(LocalDateTime.of(2027, 3, 10, 12, 0)), "CAPTURED", 3000, 3000, 0);

    var cad = stats.byPeriod(null, "CAD", utc);
    var usd = stats.byPeriod(null, "USD", utc);
    assertThat(cad)
        .extracting(RevenueStats.Period::period)
        .containsExactly(LocalDate.of(2027, 3, 1), MAR_7.plusDays(1));
    assertThat(cad.get(1).revenue().revenueMinor() - cadBefore.get(1).revenue().revenueMinor())
        .isEqualTo(10_000);
    assertThat(usd.get(1).revenue().revenueMinor() - usdBefore.get(1).revenue().revenueMinor())
        .isEqualTo(3000);
    assertThat(stats.byShop(List.of(montreal.shopId, seattle.shopId), "USD", utc))
        .containsOnlyKeys(seattle.shopId)
        .containsEntry(seattle.shopId, new Revenue(1, 3000, 0));
  }

  @Test
  void anotherOwnerGetsNotFoundAndOwnersCannotReadTheMarketplace() {
    SignIn.as(userDetails, seattle.ownerEmail);

    assertThatThrownBy(() -> stats.byPeriod(montreal.shopId, "CAD", week()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> stats.byPeriod(null, "USD", week()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> stats.byShop(List.of(seattle.shopId), "USD", week()))
        .isInstanceOf(NotAllowedException.class);
  }
}
