package com.otopair.payments;

import com.otopair.base.CachedCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payments for Prometheus, read from the database at most every 30 seconds: {@code
 * otopair.payments{status}}, how many payments stand in each {@link PaymentStatus}, and {@code
 * otopair.payments.failed}, how many failed (money did not move as it should have: the failures the
 * admin's dashboard counts, {@link PaymentTrends#FAILURES}). Both only grow or move between
 * statuses, so a rule watches their change.
 */
@Component
class PaymentMetrics {

  static final String FAILED = "failed"; // i18n: not words, a key of the counts

  private final CachedCounts counts;

  PaymentMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
    this.counts = new CachedCounts(clock, () -> read(jdbc));
    for (PaymentStatus status : PaymentStatus.values()) {
      String name = status.name().toLowerCase(Locale.ROOT);
      Gauge.builder("otopair.payments", this, m -> m.counts.get(name))
          .tag("status", name)
          .description("Payments in each status")
          .register(registry);
    }
    Gauge.builder("otopair.payments.failed", this, m -> m.counts.get(FAILED))
        .description("Payments that failed: not paid, a card hold ended or refused, an extra")
        .register(registry);
  }

  private static Map<String, Long> read(JdbcClient jdbc) {
    Map<String, Long> found = new HashMap<>();
    jdbc.sql(
            """
            select lower(status) as status, count(*) as n,
                   count(*) filter (where failure is not null
                       and split_part(failure, chr(31), 1) in (:failures)) as failed
            from payments group by status
            """)
        .param("failures", PaymentTrends.FAILURES)
        .query(
            rs -> {
              found.put(rs.getString("status"), rs.getLong("n"));
              found.merge(FAILED, rs.getLong("failed"), Long::sum);
            });
    return found;
  }
}
