package com.otopair.booking;

import com.otopair.base.DailyTotals;
import com.otopair.base.Roles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings made across the marketplace per UTC day, for the admin's dashboard: a booking counts on
 * the day it was confirmed, whatever became of it since; a reschedule moves a booking and is not a
 * new one. Read from the daily summary {@code booking_days} (its {@code made} column, kept exact by
 * a trigger on {@code bookings}, Liquibase 0053).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class BookingTrends {

  private final JdbcClient jdbc;
  private final Clock clock;

  BookingTrends(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Bookings made on each of the last {@code days} UTC days, today the last. */
  public DailyTotals madePerDay(int days) {
    LocalDate first = DailyTotals.firstOfLast(clock, days);
    Map<LocalDate, Long> found = new HashMap<>();
    jdbc.sql(
            """
            select d.utc_day as day, sum(d.made) as made from booking_days d
            where d.utc_day >= cast(:from as date) and d.utc_day < cast(:to as date)
            group by 1 having sum(d.made) > 0
            """)
        .param("from", first.toString())
        .param("to", first.plusDays(days).toString())
        .query((rs, row) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getLong("made")))
        .list()
        .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
    return DailyTotals.of(first, days, found);
  }

  /** {@link #madePerDay} counted from the bookings themselves. */
  DailyTotals liveMadePerDay(int days) {
    LocalDate first = DailyTotals.firstOfLast(clock, days);
    Map<LocalDate, Long> found = new HashMap<>();
    jdbc.sql(
            """
            select (confirmed_at at time zone 'UTC')::date as day, count(*) as made
            from bookings
            where confirmed_at >= :from and confirmed_at < :to and rescheduled_from is null
            group by 1
            """)
        .param("from", Timestamp.from(DailyTotals.startOf(first)))
        .param("to", Timestamp.from(DailyTotals.startOf(first.plusDays(days))))
        .query((rs, row) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getLong("made")))
        .list()
        .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
    return DailyTotals.of(first, days, found);
  }
}
