package com.otopair.payments;

import com.otopair.base.Money;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's home in numbers, from the payments: money that came in this week and this month so
 * far against the same days of the week and the month before (Monday to today against Monday to the
 * same weekday last week; the 1st to today against the 1st to the same day last month, or to its
 * end when it is shorter), in the shop's currency. Money in is what was captured (on the day it was
 * first taken) and charged on top (the day it was charged), less what was refunded (the day the
 * refund was made); weeks run Monday to Sunday and months from the first, in the shop's time zone.
 * Summed in SQL; only the shop's owner may read it, a stranger is told the shop is not there.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OwnerRevenue {

  private final JdbcClient jdbc;
  private final ShopMembership membership;
  private final ServiceMenu menu;
  private final Clock clock;

  OwnerRevenue(JdbcClient jdbc, ShopMembership membership, ServiceMenu menu, Clock clock) {
    this.jdbc = jdbc;
    this.membership = membership;
    this.menu = menu;
    this.clock = clock;
  }

  /**
   * Money in over four periods: this week and this month so far ({@code monday} and {@code
   * firstOfMonth} to {@code today}, whole days), and the same days of last week and last month.
   */
  public record Revenue(
      LocalDate today,
      LocalDate monday,
      LocalDate firstOfMonth,
      Money thisWeek,
      Money lastWeek,
      Money thisMonth,
      Money lastMonth) {}

  public Revenue revenue(UUID shopId) {
    membership.requireOwner(shopId);
    ZoneId zone = membership.zoneOf(shopId);
    String currency = menu.currencyOf(shopId);
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate first = today.withDayOfMonth(1);
    LocalDate tomorrow = today.plusDays(1);
    LocalDate lastMonday = monday.minusWeeks(1);
    LocalDate lastFirst = first.minusMonths(1);
    // The same days: to today's weekday last week, to today's day of last month (its end at most).
    LocalDate lastWeekEnd = tomorrow.minusWeeks(1);
    LocalDate lastMonthEnd = min(lastFirst.plusDays(today.getDayOfMonth()), first);
    LocalDate from = lastMonday.isBefore(lastFirst) ? lastMonday : lastFirst;
    long[] sums =
        jdbc.sql(
                """
                with money_in (at, minor) as (
                    select p.captured_at, p.captured_minor from payments p
                    where p.shop_id = :shop and p.currency = :currency
                      and p.captured_at >= :from and p.captured_at < :to
                    union all
                    select e.charged_at, e.amount_minor
                    from payment_extras e join payments p on p.id = e.payment_id
                    where p.shop_id = :shop and p.currency = :currency
                      and e.charged_at >= :from and e.charged_at < :to
                    union all
                    select r.created_at, -r.amount_minor
                    from payment_refunds r join payments p on p.id = r.payment_id
                    where p.shop_id = :shop and p.currency = :currency
                      and r.created_at >= :from and r.created_at < :to
                )
                select
                    coalesce(sum(minor) filter (where at >= :week and at < :to), 0),
                    coalesce(sum(minor) filter (where at >= :lastWeek and at < :lastWeekEnd), 0),
                    coalesce(sum(minor) filter (where at >= :month and at < :to), 0),
                    coalesce(sum(minor) filter (where at >= :lastMonth and at < :lastMonthEnd), 0)
                from money_in
                """)
            .param("shop", shopId)
            .param("currency", currency)
            .param("from", start(from, zone))
            .param("to", start(tomorrow, zone))
            .param("week", start(monday, zone))
            .param("lastWeek", start(lastMonday, zone))
            .param("lastWeekEnd", start(lastWeekEnd, zone))
            .param("month", start(first, zone))
            .param("lastMonth", start(lastFirst, zone))
            .param("lastMonthEnd", start(lastMonthEnd, zone))
            .query(
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
            .single();
    return new Revenue(
        today,
        monday,
        first,
        new Money(sums[0], currency),
        new Money(sums[1], currency),
        new Money(sums[2], currency),
        new Money(sums[3], currency));
  }

  private static Timestamp start(LocalDate day, ZoneId zone) {
    return Timestamp.from(day.atStartOfDay(zone).toInstant());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
