package com.otopair.support;

import com.otopair.base.Granularity;
import com.otopair.base.StatRange;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fixtures of the daily summaries' tests (bookings, payments): a shop in Montreal and one in
 * St. John's (a half-hour zone), and the reads that compare a summary-backed figure with its live
 * query, in one repeatable-read snapshot so nothing moves in between: each shop's as its owner (by
 * every granularity, in the shop's zone as it is now, in UTC, and in a third zone that falls back
 * to the live query), and the marketplace's as an admin.
 */
public final class SummaryShops {

  /** One shop's range to compare, and what to call it in a failure. */
  @FunctionalInterface
  public interface ShopRead {
    void check(StatsFixtures shop, StatRange range, String what);
  }

  public final StatsFixtures montreal;
  public final StatsFixtures stJohns;
  private final JdbcTemplate jdbc;
  private final UserDetailsService userDetails;
  private final TransactionTemplate snapshot;

  private SummaryShops(ApplicationContext beans) {
    UserProvisioning users = beans.getBean(UserProvisioning.class);
    ShopProvisioning shops = beans.getBean(ShopProvisioning.class);
    ShopMembership membership = beans.getBean(ShopMembership.class);
    this.jdbc = beans.getBean(JdbcTemplate.class);
    this.userDetails = beans.getBean(UserDetailsService.class);
    this.montreal = StatsFixtures.create("America/Montreal", "CA", users, shops, membership, jdbc);
    this.stJohns = StatsFixtures.create("America/St_Johns", "CA", users, shops, membership, jdbc);
    this.snapshot = new TransactionTemplate(beans.getBean(PlatformTransactionManager.class));
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
  }

  /** Two new live shops, Montreal's and St. John's. */
  public static SummaryShops create(ApplicationContext beans) {
    return new SummaryShops(beans);
  }

  public List<StatsFixtures> both() {
    return List.of(montreal, stJohns);
  }

  /**
   * For each shop, signed in as its owner, in one snapshot a shop: {@code read} for every
   * granularity and zone (the shop's now, UTC, Europe/Paris) of {@code from} to {@code to}.
   */
  public void eachShopRange(LocalDate from, LocalDate to, ShopRead read) {
    for (StatsFixtures shop : both()) {
      ZoneId zone =
          ZoneId.of(
              jdbc.queryForObject(
                  "select time_zone from shops where id = ?", String.class, shop.shopId));
      SignIn.as(userDetails, shop.ownerEmail);
      snapshot.executeWithoutResult(
          tx -> {
            for (Granularity granularity : Granularity.values()) {
              for (ZoneId in : List.of(zone, ZoneOffset.UTC, ZoneId.of("Europe/Paris"))) {
                read.check(
                    shop,
                    new StatRange(from, to, in, granularity),
                    shop.zone + " read in " + in + " by " + granularity);
              }
            }
          });
    }
  }

  /** {@code reads} signed in as an admin, in one snapshot. */
  public void asAdmin(Runnable reads) {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    snapshot.executeWithoutResult(tx -> reads.run());
  }
}
