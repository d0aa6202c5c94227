package com.otopair.consult;

import com.otopair.base.StatRange;
import com.otopair.shops.ShopScope;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mechanics' live-session response times for reports: the median wait from a session reaching the
 * queue to the mechanic's claim (as {@link SessionResponseTimes} counts it), over the sessions they
 * claimed in the range, at one shop (its owner) or anywhere ({@code null}, admins).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SessionStats {

  private final JdbcClient jdbc;
  private final ShopScope scope;

  SessionStats(JdbcClient jdbc, ShopScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /** The median wait over {@code sessions} claimed sessions. */
  public record Response(Duration median, long sessions) {}

  /** These mechanics' response times; a mechanic who claimed none in the range is absent. */
  public Map<UUID, Response> byMechanic(
      @Nullable UUID shopId, Collection<UUID> mechanicIds, StatRange range) {
    scope.require(shopId);
    Map<UUID, Response> found = new HashMap<>();
    if (mechanicIds.isEmpty()) {
      return found;
    }
    Map<String, Object> parameters = range.sqlParameters();
    parameters.put("mechanics", List.copyOf(mechanicIds));
    if (shopId != null) {
      parameters.put("shop", shopId);
    }
    jdbc.sql(
            "select s.mechanic_id, count(*) as sessions, percentile_cont(0.5) within group"
                + " (order by greatest(0, extract(epoch from s.claimed_at - s.queued_at))) as median"
                + " from consult_sessions s where s.mechanic_id in (:mechanics)"
                + " and s.claimed_at >= :start and s.claimed_at < :end"
                + (shopId == null ? "" : " and s.shop_id = :shop")
                + " group by s.mechanic_id")
        .params(parameters)
        .query(
            row -> {
              found.put(
                  row.getObject("mechanic_id", UUID.class),
                  new Response(
                      Duration.ofSeconds(Math.round(row.getDouble("median"))),
                      row.getLong("sessions")));
            });
    return found;
  }
}
