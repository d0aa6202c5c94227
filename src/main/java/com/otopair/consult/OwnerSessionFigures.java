package com.otopair.consult;

import com.otopair.shops.ShopMembership;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's home in numbers, from live sessions: how many customers wait in the shop's queue now
 * and how long the first of them has waited. Counted in SQL; only the shop's owner may read them, a
 * stranger is told the shop is not there.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OwnerSessionFigures {

  private final JdbcClient jdbc;
  private final ShopMembership membership;
  private final Clock clock;

  OwnerSessionFigures(JdbcClient jdbc, ShopMembership membership, Clock clock) {
    this.jdbc = jdbc;
    this.membership = membership;
    this.clock = clock;
  }

  /**
   * Sessions waiting for a mechanic now, since when the first of them waits (null with none), and
   * so the longest wait (zero with none); {@code zone} is the shop's.
   */
  public record Waiting(long sessions, @Nullable Instant since, Duration longest, ZoneId zone) {}

  public Waiting waiting(UUID shopId) {
    membership.requireOwner(shopId);
    Instant now = clock.instant();
    return jdbc.sql(
            """
            select count(*) as sessions, min(queued_at) as first
            from consult_sessions
            where shop_id = :shop and status = 'WAITING'
            """)
        .param("shop", shopId)
        .query(
            (rs, n) -> {
              Timestamp first = rs.getTimestamp("first");
              Duration longest =
                  first == null || first.toInstant().isAfter(now)
                      ? Duration.ZERO
                      : Duration.between(first.toInstant(), now);
              return new Waiting(
                  rs.getLong("sessions"),
                  first == null ? null : first.toInstant(),
                  longest,
                  membership.zoneOf(shopId));
            })
        .single();
  }
}
