package com.otopair.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Outbox;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's listener run again, and while its first run is in flight, writes one entry per
 * event; two events alike but for when they happened are two entries.
 */
class AuditLogRunTwiceTest extends IntegrationTest {

  @Autowired AuditLog auditLog;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  String subject = "run twice " + UUID.randomUUID();

  private int entries() {
    return jdbc.queryForObject(
        "select count(*) from audit_entries where subject = ?", Integer.class, subject);
  }

  @Test
  void oneEventRunTwiceAndTwiceAtOnceIsOneEntry() throws Exception {
    var event =
        new Outbox.Handled(
            "TWICE_TESTED",
            "admin@example.test",
            subject,
            "base.audit.outbox-retried",
            List.of("Chores.on", "3"),
            null,
            clock.instant());
    AuditLog listener = ListenerRuns.target(auditLog);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));

    assertThat(entries()).isOne();
  }

  @Test
  void twoEventsAlikeButForTheirTimeAreTwoEntries() {
    AuditLog listener = ListenerRuns.target(auditLog);
    Instant now = clock.instant();

    for (Instant at : new Instant[] {now, now.plusMillis(1)}) {
      transactions.executeWithoutResult(
          tx ->
              listener.on(
                  new Outbox.Handled(
                      "TWICE_TESTED",
                      null,
                      subject,
                      "base.audit.outbox-retried",
                      List.of("Chores.on", "3"),
                      null,
                      at)));
    }

    assertThat(entries()).isEqualTo(2);
  }
}
