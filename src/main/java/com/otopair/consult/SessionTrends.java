package com.otopair.consult;

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
 * Live sessions held across the marketplace per UTC day, for the admin's dashboard: a session
 * counts on the day a mechanic took it (a request nobody took is not a session held).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class SessionTrends {

  private final JdbcClient jdbc;
  private final Clock clock;

  SessionTrends(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Sessions a mechanic took on each of the last {@code days} UTC days, today the last. */
  public DailyTotals heldPerDay(int days) {
    LocalDate first = DailyTotals.firstOfLast(clock, days);
    Map<LocalDate, Long> found = new HashMap<>();
    jdbc.sql(
            """
            select (claimed_at at time zone 'UTC')::date as day, count(*) as made
            from consult_sessions
            where claimed_at >= :from and claimed_at < :to
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
