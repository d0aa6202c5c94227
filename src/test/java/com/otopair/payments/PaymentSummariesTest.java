package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Granularity;
import com.otopair.base.StatRange;
import com.otopair.support.IntegrationTest;
import com.otopair.support.StatsFixtures;
import com.otopair.support.SummaryShops;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The money read from the daily summary ({@code payment_days}, kept by triggers on payments,
 * receipts and refunds) equals the money added up from the payments themselves, for a shop's zone
 * and UTC, by day, week and month, and on the admin's trend, through captures, receipts, refunds,
 * extra charges, deletes and a new zone for the shop.
 */
class PaymentSummariesTest extends IntegrationTest {

  private static final AtomicInteger INVOICES = new AtomicInteger(900_000);

  @Autowired RevenueStats stats;
  @Autowired PaymentTrends trends;
  @Autowired ApplicationContext beans;
  @Autowired JdbcTemplate jdbc;

  SummaryShops shops;
  StatsFixtures montreal;
  StatsFixtures stJohns;
  LocalDate today;

  @BeforeEach
  void aMontrealShopAndASaintJohnsShop() {
    shops = SummaryShops.create(beans);
    montreal = shops.montreal;
    stJohns = shops.stJohns;
    today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  @Test
  void theSummaryAddsUpWhatThePaymentsAddUpThroughEveryChange() {
    List<UUID> montreals = new ArrayList<>();
    List<UUID> stJohnss = new ArrayList<>();
    for (int day = 1; day <= 10; day++) {
      LocalDate on = today.minusDays(day);
      for (StatsFixtures shop : List.of(montreal, stJohns)) {
        var ids = shop == montreal ? montreals : stJohnss;
        ids.add(shop.payment(shop.at(on.atTime(23, 30)), "CAPTURED", 20_000, 10_000 + day, 0));
        ids.add(shop.payment(shop.at(on.atTime(0, 15)), "PENDING", 8_000, 0, 0));
      }
    }
    assertSummariesMatch();

    // Captured later (the row changes: its day of money taken moves), with a receipt at 23:59 UTC.
    capture(montreals.get(1), 8_000);
    receipt(
        montreal, montreals.get(1), today.minusDays(3).atTime(23, 59).toInstant(ZoneOffset.UTC));
    receipt(stJohns, stJohnss.get(0), stJohns.at(today.minusDays(2).atTime(23, 30)));
    capture(stJohnss.get(3), 8_000);
    jdbc.update("update payments set extra_minor = 1500 where id = ?", montreals.get(2));
    assertSummariesMatch();

    // Refunds: one whole (the payment becomes REFUNDED), one in part; one only requested.
    refund(montreals.get(0), 10_001, stJohns.at(today.minusDays(1).atTime(23, 30)), true);
    // In part, of a payment with a receipt: its money taken stays on the receipt's day.
    refund(stJohnss.get(0), 2_000, montreal.at(today.atTime(0, 30)), false);
    UUID requested = refund(stJohnss.get(4), 1_000, null, false);
    assertSummariesMatch();

    // The requested refund is done; a receipt is reissued on another day; a payment is deleted.
    jdbc.update(
        "update payment_refunds set status = 'DONE', completed_at = ? where id = ?",
        Timestamp.from(clock.instant()),
        requested);
    jdbc.update("update payments set refunded_minor = 1000 where id = ?", stJohnss.get(4));
    jdbc.update(
        "update invoices set issued_at = issued_at - interval '2 days' where payment_id = ?",
        montreals.get(1));
    jdbc.update("delete from payments where id = ?", montreals.get(5));
    jdbc.update(
        "update payments set extra_minor = 700, updated_at = ? where id = ?",
        Timestamp.from(clock.instant()),
        montreals.get(1));
    assertSummariesMatch();

    // A receipt withdrawn: the money counts on the payment's last change again.
    jdbc.update("delete from invoices where payment_id = ?", stJohnss.get(0));
    // The shop moves to Vancouver: its days move with it.
    jdbc.update("update shops set time_zone = 'America/Vancouver' where id = ?", stJohns.shopId);
    assertSummariesMatch();
  }

  private void capture(UUID payment, long amount) {
    jdbc.update(
        "update payments set status = 'CAPTURED', captured_minor = ?, updated_at = ? where id = ?",
        amount,
        Timestamp.from(clock.instant()),
        payment);
  }

  private void receipt(StatsFixtures shop, UUID payment, Instant issued) {
    jdbc.update(
        "insert into invoices (id, shop_id, payment_id, number, issued_at) values (?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        shop.shopId,
        payment,
        INVOICES.incrementAndGet(),
        Timestamp.from(issued));
  }

  private UUID refund(UUID payment, long amount, Instant done, boolean whole) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into payment_refunds (id, payment_id, amount_minor, from_first_minor,
            from_extra_minor, kind, reason, status, created_at, completed_at)
        values (?, ?, ?, ?, 0, 'ADMIN', 'Goodwill', ?, ?, ?)
        """,
        id,
        payment,
        amount,
        amount,
        done == null ? "REQUESTED" : "DONE",
        Timestamp.from(clock.instant()),
        done == null ? null : Timestamp.from(done));
    if (done != null) {
      jdbc.update(
          "update payments set refunded_minor = refunded_minor + ?, status = ?, updated_at = ?"
              + " where id = ?",
          amount,
          whole ? "REFUNDED" : "CAPTURED",
          Timestamp.from(done),
          payment);
    }
    return id;
  }

  /**
   * Every summary-backed method equals its live query: each shop (its owner; its zone, UTC, and a
   * third zone that falls back to the live query) and the marketplace (an admin, UTC), by day, week
   * and month, and the admin's trend; read in one snapshot so nothing moves in between.
   */
  private void assertSummariesMatch() {
    LocalDate from = today.minusDays(12);
    shops.eachShopRange(
        from,
        today,
        (shop, range, what) ->
            assertThat(stats.byPeriod(shop.shopId, "CAD", range))
                .as(what)
                .isEqualTo(stats.liveByPeriod(shop.shopId, "CAD", range))
                .anyMatch(p -> p.revenue().payments() > 0));
    shops.asAdmin(
        () -> {
          for (Granularity granularity : Granularity.values()) {
            for (String currency : List.of("CAD", "USD")) {
              var range = new StatRange(from, today, ZoneOffset.UTC, granularity);
              assertThat(stats.byPeriod(null, currency, range))
                  .isEqualTo(stats.liveByPeriod(null, currency, range));
              var shopIds =
                  jdbc.queryForList("select id from shops order by id limit 100", UUID.class);
              shopIds.add(montreal.shopId);
              shopIds.add(stJohns.shopId);
              assertThat(stats.byShop(shopIds, currency, range))
                  .isEqualTo(stats.liveByShop(shopIds, currency, range));
            }
            var twoYears = new StatRange(today.minusYears(2), today, ZoneOffset.UTC, granularity);
            assertThat(stats.byPeriod(null, "CAD", twoYears))
                .isEqualTo(stats.liveByPeriod(null, "CAD", twoYears));
          }
          assertThat(trends.netPerDay(30)).isEqualTo(trends.liveNetPerDay(30));
          assertThat(trends.netPerDay(90)).isEqualTo(trends.liveNetPerDay(90));
        });
  }
}
