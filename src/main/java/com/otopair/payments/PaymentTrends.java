package com.otopair.payments;

import com.otopair.base.DailyTotals;
import com.otopair.base.Roles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money across the marketplace for the admin's dashboard: what was taken minus what was given back,
 * per UTC day and per currency (never summed across currencies), and the payments that failed.
 *
 * <p>Money taken counts on the day its receipt was issued (a capture issues it), or, for the rare
 * payment without one, on the day it last changed; a refund counts on the day it was done. The
 * money per day is read from the daily summary {@code payment_days} (kept exact by triggers on
 * payments, receipts and refunds, Liquibase 0053).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PaymentTrends {

  /**
   * The sentences a payment's failure starts with when money did not move as it should have: the
   * payment did not go through, a card hold ended or was refused, an amount above the booking price
   * could not be charged. (Slots and holds released on purpose are not failures.)
   */
  static final List<String> FAILURES =
      List.of(
          "payments.failure.not-paid",
          "payments.failure.hold-ended",
          "payments.failure.hold-refused",
          "payments.failure.extra-not-charged");

  private final JdbcClient jdbc;
  private final Clock clock;

  PaymentTrends(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Money taken minus money refunded on each of the last {@code days} UTC days, in minor units, per
   * currency (ordered by code); a currency with no money in those days is absent.
   */
  public Map<String, DailyTotals> netPerDay(int days) {
    LocalDate first = DailyTotals.firstOfLast(clock, days);
    Map<String, Map<LocalDate, Long>> found = new TreeMap<>();
    jdbc.sql(
            """
            select d.utc_day as day, d.currency, sum(d.taken_minor - d.refunds_minor) as net
            from payment_days d
            where d.utc_day >= cast(:from as date) and d.utc_day < cast(:to as date)
            group by d.utc_day, d.currency having sum(d.takings + d.refunds) > 0
            """)
        .param("from", first.toString())
        .param("to", first.plusDays(days).toString())
        .query(
            (rs, row) -> {
              found
                  .computeIfAbsent(rs.getString("currency"), currency -> new HashMap<>())
                  .put(rs.getObject("day", LocalDate.class), rs.getLong("net"));
              return row;
            })
        .list();
    Map<String, DailyTotals> totals = new TreeMap<>();
    found.forEach((currency, byDay) -> totals.put(currency, DailyTotals.of(first, days, byDay)));
    return totals;
  }

  /** {@link #netPerDay} added up from the payments, receipts and refunds themselves. */
  Map<String, DailyTotals> liveNetPerDay(int days) {
    LocalDate first = DailyTotals.firstOfLast(clock, days);
    Map<String, Map<LocalDate, Long>> found = new TreeMap<>();
    jdbc.sql(
            """
            select day, currency, sum(amount) as net from (
              select (coalesce(i.issued_at, p.updated_at) at time zone 'UTC')::date as day,
                     p.currency, p.captured_minor + p.extra_minor as amount
              from payments p left join invoices i on i.payment_id = p.id
              where p.status in ('CAPTURED', 'REFUNDED')
                and coalesce(i.issued_at, p.updated_at) >= :from
                and coalesce(i.issued_at, p.updated_at) < :to
              union all
              select (r.completed_at at time zone 'UTC')::date, p.currency, -r.amount_minor
              from payment_refunds r join payments p on p.id = r.payment_id
              where r.status = 'DONE' and r.completed_at >= :from and r.completed_at < :to
            ) money
            group by day, currency
            """)
        .param("from", Timestamp.from(DailyTotals.startOf(first)))
        .param("to", Timestamp.from(DailyTotals.startOf(first.plusDays(days))))
        .query(
            (rs, row) -> {
              found
                  .computeIfAbsent(rs.getString("currency"), currency -> new HashMap<>())
                  .put(rs.getObject("day", LocalDate.class), rs.getLong("net"));
              return row;
            })
        .list();
    Map<String, DailyTotals> totals = new TreeMap<>();
    found.forEach((currency, byDay) -> totals.put(currency, DailyTotals.of(first, days, byDay)));
    return totals;
  }

  /** How many payments failed (see {@link #FAILURES}) in the last {@code within}. */
  public long failuresWithin(Duration within) {
    Instant since = clock.instant().minus(within);
    return jdbc.sql(
            """
            select count(*) from payments
            where updated_at >= :since and failure is not null
              and split_part(failure, chr(31), 1) in (:failures)
            """)
        .param("since", Timestamp.from(since))
        .param("failures", FAILURES)
        .query(Long.class)
        .single();
  }
}
