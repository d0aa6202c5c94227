package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Granularity;
import com.otopair.base.StatRange;
import com.otopair.support.IntegrationTest;
import com.otopair.support.StatsFixtures;
import com.otopair.support.SummaryShops;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The booking figures read from the daily summary ({@code booking_days}, kept by a trigger) equal
 * the figures counted from the bookings themselves, for a shop's zone and UTC, by day, week and
 * month, whatever happens to the bookings: inserts at 23:30 local (another UTC day), cancellations,
 * late cancellations, no-shows, completions, reschedules, price changes, deletes, a new zone for
 * the shop, a new category for a service, and concurrent transactions moving the same day's rows.
 */
class BookingSummariesTest extends IntegrationTest {

  private static final LocalDate FROM = LocalDate.of(2026, 10, 26);
  private static final LocalDate TO = LocalDate.of(2026, 11, 8);

  @Autowired BookingStats stats;
  @Autowired BookingTrends trends;
  @Autowired ApplicationContext beans;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  SummaryShops shops;
  StatsFixtures montreal;
  StatsFixtures stJohns;

  @BeforeEach
  void aMontrealShopAndASaintJohnsShop() {
    shops = SummaryShops.create(beans);
    montreal = shops.montreal;
    stJohns = shops.stJohns;
  }

  @Test
  void theSummaryCountsWhatTheBookingsCountThroughEveryChange() {
    List<UUID> montreals = new ArrayList<>();
    List<UUID> stJohnss = new ArrayList<>();
    for (int day = 0; day < 12; day++) {
      LocalDate on = FROM.plusDays(day);
      for (StatsFixtures shop : List.of(montreal, stJohns)) {
        var ids = shop == montreal ? montreals : stJohnss;
        ids.add(
            confirmed(shop, shop.at(on.atTime(23, 30)), shop.alex, shop.oil, 8_000 + day * 100));
        ids.add(
            confirmed(shop, shop.at(on.atTime(0, 15)), shop.bea, shop.brakes, 20_000 + day * 10));
      }
    }
    // A hold counts nothing, until it is confirmed.
    UUID held =
        montreal.booking(
            montreal.at(LocalDateTime.of(2026, 11, 2, 12, 0)),
            montreal.bea,
            montreal.oil,
            "HELD",
            9_000,
            false);
    assertSummariesMatch();

    jdbc.update(
        "update bookings set status = 'CONFIRMED', hold_expires_at = null, confirmed_at = ?"
            + " where id = ?",
        Timestamp.from(clock.instant()),
        held);
    setStatus(montreals.get(0), "COMPLETED", false);
    setStatus(montreals.get(1), "CANCELLED", false);
    setStatus(montreals.get(2), "CANCELLED", true);
    setStatus(montreals.get(3), "NO_SHOW", false);
    setStatus(stJohnss.get(0), "COMPLETED", false);
    setStatus(stJohnss.get(5), "CANCELLED", true);
    setStatus(stJohnss.get(6), "NO_SHOW", false);
    assertSummariesMatch();

    // A completed booking's price changes; a late cancellation is forgiven.
    jdbc.update("update bookings set price_minor = 12345 where id = ?", montreals.get(0));
    jdbc.update("update bookings set cancelled_late = false where id = ?", montreals.get(2));
    assertSummariesMatch();

    // Rescheduled: the old booking stops counting, its copy on another day (23:30 local) counts.
    reschedule(montreal, montreals.get(4), LocalDateTime.of(2026, 11, 7, 23, 30));
    reschedule(stJohns, stJohnss.get(4), LocalDateTime.of(2026, 10, 26, 12, 0));
    // Moved in place (the appointment's start changes on the row).
    jdbc.update(
        "update bookings set starts_at = starts_at + interval '1 hour',"
            + " ends_at = ends_at + interval '1 hour', blocked_from = blocked_from + interval"
            + " '1 hour', blocked_until = blocked_until + interval '1 hour' where id = ?",
        stJohnss.get(7));
    setStatus(montreals.get(6), "COMPLETED", false);
    assertSummariesMatch();

    jdbc.update("delete from bookings where id = ?", montreals.get(6));
    jdbc.update("delete from bookings where id = ?", stJohnss.get(8));
    assertSummariesMatch();

    // The shop moves to Vancouver: its days move with it.
    jdbc.update("update shops set time_zone = 'America/Vancouver' where id = ?", montreal.shopId);
    // The oil change becomes a diagnostic: its bookings move category.
    jdbc.update("update offerings set category = 'DIAGNOSTICS' where id = ?", stJohns.oil);
    assertSummariesMatch();
    assertThat(recount(montreal.shopId)).isEqualTo(summary(montreal.shopId));
  }

  @Test
  void concurrentTransactionsOnOneShopsDaysLeaveTheSummaryEqualToARecount() throws Exception {
    LocalDate day = LocalDate.of(2026, 11, 3);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      ids.add(
          confirmed(
              montreal,
              montreal.at(day.atTime(6 + i / 2, 0)),
              i % 2 == 0 ? montreal.alex : montreal.bea,
              montreal.oil,
              5_000));
    }
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      var start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        UUID mine = ids.get(2 * t);
        UUID other = ids.get(2 * t + 1);
        boolean forward = t % 2 == 0;
        int n = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  new TransactionTemplate(transactions)
                      .executeWithoutResult(
                          tx -> {
                            // Half of them change the day's rows, then the next day's; half the
                            // other way round: a reschedule subtracts on one day and adds on
                            // another.
                            if (forward) {
                              setStatus(mine, n % 3 == 0 ? "CANCELLED" : "COMPLETED", n % 3 == 0);
                              reschedule(montreal, other, day.plusDays(2 + n).atTime(23, 30));
                            } else {
                              confirmed(
                                  montreal,
                                  montreal.at(day.plusDays(1).atTime(8 + n, 0)),
                                  montreal.bea,
                                  montreal.brakes,
                                  7_000);
                              setStatus(mine, "NO_SHOW", false);
                              jdbc.update(
                                  "update bookings set price_minor = price_minor + 1 where id = ?",
                                  other);
                            }
                          });
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(summary(montreal.shopId)).isEqualTo(recount(montreal.shopId));
    assertSummariesMatch(false);
  }

  private UUID confirmed(
      StatsFixtures shop, Instant start, UUID mechanic, UUID offering, long priceMinor) {
    UUID id = shop.booking(start, mechanic, offering, "CONFIRMED", priceMinor, false);
    // Confirmed within the last two days, at an hour that varies: the admin's trend counts it.
    jdbc.update(
        "update bookings set confirmed_at = ? where id = ?",
        Timestamp.from(clock.instant().minusSeconds(3_600 * (start.getEpochSecond() % 50))),
        id);
    return id;
  }

  private void setStatus(UUID booking, String status, boolean late) {
    jdbc.update(
        "update bookings set status = ?, cancelled_late = ? where id = ?", status, late, booking);
  }

  private void reschedule(StatsFixtures shop, UUID booking, LocalDateTime wall) {
    Map<String, Object> old =
        jdbc.queryForMap(
            "select mechanic_id, offering_id, price_minor from bookings where id = ?", booking);
    setStatus(booking, "RESCHEDULED", false);
    UUID moved =
        shop.booking(
            shop.at(wall),
            (UUID) old.get("mechanic_id"),
            (UUID) old.get("offering_id"),
            "CONFIRMED",
            ((Number) old.get("price_minor")).longValue(),
            false);
    jdbc.update(
        "update bookings set rescheduled_from = ?, confirmed_at = ? where id = ?",
        booking,
        Timestamp.from(clock.instant()),
        moved);
  }

  /** The shop's summary rows, the all-zero ones left out. */
  private List<Map<String, Object>> summary(UUID shop) {
    return jdbc.queryForList(
        """
        select local_day, utc_day, currency, category, booked, completed, cancelled, late,
               no_shows, value_minor, made
        from booking_days
        where shop_id = ? and (booked <> 0 or made <> 0)
        order by 1, 2, 3, 4
        """,
        shop);
  }

  /** The shop's summary rows recounted from its bookings. */
  private List<Map<String, Object>> recount(UUID shop) {
    return jdbc
        .queryForList(
            """
        select local_day, utc_day, currency, category, sum(booked) as booked,
               sum(completed) as completed, sum(cancelled) as cancelled, sum(late) as late,
               sum(no_shows) as no_shows, sum(value_minor) as value_minor, sum(made) as made
        from (
          select (b.starts_at at time zone s.time_zone)::date as local_day,
                 (b.starts_at at time zone 'UTC')::date as utc_day, b.currency, o.category,
                 1 as booked, (b.status = 'COMPLETED')::int as completed,
                 (b.status = 'CANCELLED')::int as cancelled,
                 (b.status = 'CANCELLED' and b.cancelled_late)::int as late,
                 (b.status = 'NO_SHOW')::int as no_shows,
                 case when b.status = 'COMPLETED' then b.price_minor else 0 end as value_minor,
                 0 as made
          from bookings b join shops s on s.id = b.shop_id join offerings o on o.id = b.offering_id
          where b.shop_id = ? and b.status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED')
          union all
          select (b.confirmed_at at time zone s.time_zone)::date,
                 (b.confirmed_at at time zone 'UTC')::date, b.currency, o.category,
                 0, 0, 0, 0, 0, 0, 1
          from bookings b join shops s on s.id = b.shop_id join offerings o on o.id = b.offering_id
          where b.shop_id = ? and b.confirmed_at is not null and b.rescheduled_from is null
        ) counted
        group by 1, 2, 3, 4
        order by 1, 2, 3, 4
        """,
            shop,
            shop)
        .stream()
        .map(
            row -> {
              // The same types as the summary's columns.
              Map<String, Object> typed = new java.util.LinkedHashMap<>(row);
              for (String column :
                  List.of(
                      "booked",
                      "completed",
                      "cancelled",
                      "late",
                      "no_shows",
                      "value_minor",
                      "made")) {
                typed.put(column, ((Number) row.get(column)).longValue());
              }
              return (Map<String, Object>) typed;
            })
        .toList();
  }

  /**
   * Every summary-backed method equals its live query, for both shops (their owner; the shop's
   * zone, UTC, and a third zone that falls back to the live query) and the marketplace (an admin,
   * UTC), by day, week and month; read in one snapshot so nothing moves between the two.
   */
  private void assertSummariesMatch() {
    assertSummariesMatch(true);
  }

  private void assertSummariesMatch(boolean stJohnsBooked) {
    shops.eachShopRange(
        FROM,
        TO,
        (shop, range, what) -> {
          var periods = stats.byPeriod(shop.shopId, "CAD", range);
          assertThat(periods).as(what).isEqualTo(stats.liveByPeriod(shop.shopId, "CAD", range));
          if (shop == montreal || stJohnsBooked) {
            assertThat(periods).as(what).anyMatch(p -> p.counts().booked() > 0);
          }
          assertThat(stats.byCategory(shop.shopId, "CAD", range))
              .as(what)
              .isEqualTo(stats.liveByCategory(shop.shopId, "CAD", range));
        });
    shops.asAdmin(
        () -> {
          for (Granularity granularity : Granularity.values()) {
            for (String currency : List.of("CAD", "USD")) {
              var range = new StatRange(FROM, TO, ZoneOffset.UTC, granularity);
              assertThat(stats.byPeriod(null, currency, range))
                  .isEqualTo(stats.liveByPeriod(null, currency, range));
              assertThat(stats.byCategory(null, currency, range))
                  .isEqualTo(stats.liveByCategory(null, currency, range));
              assertThat(stats.topShops(currency, range, 100))
                  .isEqualTo(stats.liveTopShops(currency, range, 100));
            }
            var twoYears =
                new StatRange(
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusYears(2),
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                    ZoneOffset.UTC,
                    granularity);
            assertThat(stats.byPeriod(null, "CAD", twoYears))
                .isEqualTo(stats.liveByPeriod(null, "CAD", twoYears));
          }
          assertThat(trends.madePerDay(30)).isEqualTo(trends.liveMadePerDay(30));
          assertThat(trends.madePerDay(90)).isEqualTo(trends.liveMadePerDay(90));
        });
  }
}
