package com.otopair.identity;

import com.otopair.base.Roles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on Otopair now, for admins: signed-in people whose browser was heard from (a page, a
 * click, a heartbeat, on any node) in the last five minutes, by role, and how many in the last day.
 * Read from what {@link UserActivity} writes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ActiveUsers {

  /** Heard from within this long counts as active now. */
  public static final Duration NOW = Duration.ofMinutes(5);

  /** The longer look back. */
  public static final Duration DAY = Duration.ofHours(24);

  /**
   * How many people are active now ({@code byRole} in {@link Roles#ALL}'s order, every role
   * present) and how many were in the last 24 hours.
   */
  public record Count(long now, Map<String, Long> byRole, long lastDay) {
    public Count {
      byRole = Collections.unmodifiableMap(new LinkedHashMap<>(byRole));
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  ActiveUsers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Count count() {
    Instant now = clock.instant();
    Map<String, Long> byRole = new LinkedHashMap<>();
    Roles.ALL.forEach(role -> byRole.put(role, 0L));
    jdbc.sql(
            """
            select u.role, count(*) as active from user_activity a join users u on u.id = a.user_id
            where a.last_seen_at > :since group by u.role
            """)
        .param("since", Timestamp.from(now.minus(NOW)))
        .query((rs, row) -> Map.entry(rs.getString("role"), rs.getLong("active")))
        .list()
        .forEach(entry -> byRole.put(entry.getKey(), entry.getValue()));
    long lastDay =
        jdbc.sql("select count(*) from user_activity where last_seen_at > :since")
            .param("since", Timestamp.from(now.minus(DAY)))
            .query(Long.class)
            .single();
    long active = byRole.values().stream().mapToLong(Long::longValue).sum();
    return new Count(active, byRole, lastDay);
  }
}
