package com.otopair.base;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox for Prometheus: {@code otopair.outbox.publications{state}}, the unfinished
 * publications pending, failed (waiting for their next try) and dead (out of attempts, waiting for
 * an admin), split as {@link Outbox} lists them; read from the database at most every 30 seconds.
 */
@Component
class OutboxMetrics {

  private final CachedCounts counts;

  OutboxMetrics(
      MeterRegistry registry,
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${otopair.outbox.max-attempts}") int maxAttempts) {
    this.counts = new CachedCounts(clock, () -> read(jdbc, maxAttempts));
    for (Outbox.State state : Outbox.State.values()) {
      String name = state.name().toLowerCase(Locale.ROOT);
      Gauge.builder("otopair.outbox.publications", this, m -> m.counts.get(name))
          .tag("state", name)
          .description("Unfinished outbox publications: pending, failed (will retry) or dead")
          .register(registry);
    }
  }

  private static Map<String, Long> read(JdbcTemplate jdbc, int maxAttempts) {
    Map<String, Long> found = new HashMap<>();
    jdbc.query(
        """
        select case when p.status is distinct from 'FAILED' then 'pending'
                    when coalesce(p.completion_attempts, 0) + 1 < ? then 'failed'
                    else 'dead' end as state, count(*) as n
        from event_publication p where p.completion_date is null group by 1
        """,
        rs -> {
          found.put(rs.getString("state"), rs.getLong("n"));
        },
        maxAttempts);
    return found;
  }
}
