package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox gauge splits unfinished publications as Admin → Outbox does. */
class OutboxMetricsTest extends IntegrationTest {

  @Autowired MeterRegistry registry;
  @Autowired JdbcTemplate jdbc;

  @Value("${otopair.outbox.max-attempts}")
  int maxAttempts;

  final UUID dead = UUID.randomUUID();

  @AfterEach
  void removeThem() {
    jdbc.update("delete from event_publication where id = ?", dead);
  }

  private double publications(String state) {
    return registry.get("otopair.outbox.publications").tag("state", state).gauge().value();
  }

  private void later() {
    clock.advance(CachedCounts.FRESH_FOR.plus(Duration.ofSeconds(1)));
  }

  private void publication(UUID id, int attempts) {
    jdbc.update(
        "insert into event_publication (id, listener_id, event_type, serialized_event,"
            + " publication_date, status, completion_attempts, last_resubmission_date)"
            + " values (?, 'test.MeteredWork', 'test.Event', '{}', ?, 'FAILED', ?, ?)",
        id,
        Timestamp.from(clock.instant()),
        attempts,
        Timestamp.from(clock.instant()));
  }

  @Test
  void aDeadPublicationShowsInTheGauge() {
    later();
    double deadBefore = publications("dead");

    // Spring Modulith counts resubmissions: a failed publication failed once more than that.
    publication(dead, maxAttempts - 1);
    assertThat(publications("dead")).as("read at most every 30 s").isEqualTo(deadBefore);
    later();

    assertThat(publications("dead")).isEqualTo(deadBefore + 1);
  }
}
