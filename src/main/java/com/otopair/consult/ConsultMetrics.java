package com.otopair.consult;

import com.otopair.base.AfterCommit;
import com.otopair.base.CachedCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live help for Prometheus: {@code otopair.consult.sessions.waiting}, the sessions waiting for a
 * mechanic now (read from the database at most every 30 seconds); {@code otopair.consult.wait}, how
 * long a claimed session had waited in the queue; {@code otopair.chat.delivery}, from a chat line
 * posted to its showing on the other party's page. Both timers publish histogram buckets, so a rule
 * can take their 90th percentile across nodes.
 */
@Component
class ConsultMetrics {

  private static final String WAITING = "waiting"; // i18n: not words, a key of the counts

  private final CachedCounts counts;
  private final Timer waited;
  private final Timer delivered;

  ConsultMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
    this.counts =
        new CachedCounts(
            clock,
            () ->
                Map.of(
                    WAITING,
                    jdbc.sql("select count(*) from consult_sessions where status = 'WAITING'")
                        .query(Long.class)
                        .single()));
    Gauge.builder("otopair.consult.sessions.waiting", this, m -> m.counts.get(WAITING))
        .description("Live-help sessions waiting for a mechanic now")
        .register(registry);
    this.waited =
        Timer.builder("otopair.consult.wait")
            .description("How long a live-help session waited before a mechanic took it")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofSeconds(1))
            .maximumExpectedValue(Duration.ofHours(1))
            .register(registry);
    this.delivered =
        Timer.builder("otopair.chat.delivery")
            .description("From a chat line posted to its showing on the other party's page")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10))
            .maximumExpectedValue(Duration.ofMinutes(1))
            .register(registry);
  }

  /** A mechanic took a session that had waited {@code waited}: counted once the claim commits. */
  void claimed(Duration waited) {
    Duration wait = waited.isNegative() ? Duration.ZERO : waited;
    AfterCommit.run(() -> this.waited.record(wait));
  }

  /** A chat line reached the other party's page {@code after} it was posted. */
  void delivered(Duration after) {
    delivered.record(after.isNegative() ? Duration.ZERO : after);
  }
}
