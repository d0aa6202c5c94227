package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.otopair.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a delivery writes to its publication, as PostgreSQL saw it (a trigger logs every change of
 * the test's publication with the transaction that made it): a first delivery deletes its
 * publication in the transaction of its own work, and writes nothing else (Spring Modulith's
 * PROCESSING mark, a commit of its own, is skipped); a resubmission is still marked PROCESSING
 * before it runs, which tells a started one from one waiting in its node's queue.
 */
class OutboxWritesTest extends IntegrationTest {

  /** One change of the publication: the operation, the status it left, its transaction. */
  record Write(String op, String status, long tx) {}

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired EventSerializer serializer;
  @Autowired OutboxRetry retry;

  String subject = "writes test " + UUID.randomUUID();

  @BeforeEach
  void logPublicationWrites() {
    jdbc.execute(
        "create table test_publication_writes (seq bigserial, op text, status text, tx bigint)");
    jdbc.execute(
        "create function test_log_publication_write() returns trigger language plpgsql as $$"
            + " begin insert into test_publication_writes (op, status, tx) values (tg_op,"
            + " case when tg_op = 'DELETE' then old.status else new.status end,"
            + " pg_current_xact_id()::xid::text::bigint); return null; end $$");
    jdbc.execute(
        "create trigger test_log_publication_write after update or delete on event_publication"
            + " for each row when (old.serialized_event like '%"
            + subject
            + "%') execute function test_log_publication_write()");
  }

  @AfterEach
  void dropLog() {
    jdbc.execute("drop trigger test_log_publication_write on event_publication");
    jdbc.execute("drop function test_log_publication_write()");
    jdbc.execute("drop table test_publication_writes");
    jdbc.update("delete from event_publication where serialized_event like ?", "%" + subject + "%");
  }

  private Outbox.Handled event(Instant at) {
    return new Outbox.Handled(
        "WRITES_TESTED",
        null,
        subject,
        "base.audit.outbox-retried",
        List.of("Chores.on", "1"),
        null,
        at);
  }

  /** Waits until the audit log's listener wrote the entry and its publication is gone. */
  private long deliveredIn() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from event_publication where serialized_event like ?",
                    Integer.class,
                    "%" + subject + "%"),
            n -> n == 0);
    return jdbc.queryForObject(
        "select xmin::text::bigint from audit_entries where subject = ?", Long.class, subject);
  }

  private List<Write> writes() {
    return jdbc.query(
        "select op, status, tx from test_publication_writes order by seq",
        (rs, i) -> new Write(rs.getString("op"), rs.getString("status"), rs.getLong("tx")));
  }

  @Test
  void aFirstDeliveryDeletesItsPublicationWithItsWorkAndWritesNothingElse() throws Exception {
    transactions.executeWithoutResult(tx -> events.publishEvent(event(clock.instant())));

    long work = deliveredIn();

    // Spring Modulith's own completion, after the run, finds nothing left to write.
    Thread.sleep(500);
    assertThat(writes()).containsExactly(new Write("DELETE", "PUBLISHED", work));
  }

  @Test
  void aResubmissionIsMarkedProcessingBeforeItRunsAndDeletedWithItsWork() throws Exception {
    Instant then = clock.instant().minus(Duration.ofHours(1));
    jdbc.update(
        "insert into event_publication (id, listener_id, event_type, serialized_event,"
            + " publication_date, status, completion_attempts, last_resubmission_date)"
            + " values (?, ?, ?, ?, ?, 'FAILED', 8, ?)",
        UUID.randomUUID(),
        OutboxLeaseTest.LISTENER,
        Outbox.Handled.class.getName(),
        serializer.serialize(event(then)).toString(),
        Timestamp.from(then),
        Timestamp.from(then));

    retry.resubmitNow();
    long work = deliveredIn();

    Thread.sleep(500);
    List<Write> writes = writes();
    assertThat(writes)
        .extracting(Write::op, Write::status)
        .containsExactly(
            tuple("UPDATE", "RESUBMITTED"),
            tuple("UPDATE", "PROCESSING"),
            tuple("DELETE", "PROCESSING"));
    assertThat(writes.get(1).tx()).isNotEqualTo(work);
    assertThat(writes.get(2).tx()).isEqualTo(work);
  }
}
