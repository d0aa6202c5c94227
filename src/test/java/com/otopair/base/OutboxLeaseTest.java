package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.demo.DemoAccounts;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox never runs one publication twice at the same time: a publication whose run is still in
 * flight (its lease held, say a listener waiting on Stripe) is neither resubmitted nor declared
 * lost, by the scheduled retry or by an admin; once the lease is gone (the run's node died), it is
 * picked up again and delivered once.
 */
class OutboxLeaseTest extends IntegrationTest {

  static final String LISTENER = "com.otopair.audit.AuditLog.on(com.otopair.base.AuditableEvent)";

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired OutboxRetry retry;
  @Autowired Outbox outbox;
  @Autowired UserDetailsService userDetails;
  @Autowired EventSerializer serializer;

  UUID id = UUID.randomUUID();
  String subject = "lease test " + id;
  final CountDownLatch runEnds = new CountDownLatch(1);

  @AfterEach
  void forget() {
    runEnds.countDown();
    jdbc.update("delete from event_publication where id = ?", id);
  }

  /**
   * A run of the audit log's listener for an event of an hour ago in flight: it holds the lease
   * until {@link #runEnds}, and its publication (delivered, it leaves an audit entry) is in {@code
   * status}.
   */
  private void runInFlight(String status) throws Exception {
    Instant then = clock.instant().minus(Duration.ofHours(1));
    String event =
        serializer
            .serialize(
                new Outbox.Handled(
                    "LEASE_TESTED",
                    null,
                    subject,
                    "base.audit.outbox-retried",
                    List.of("Chores.on", "3"),
                    null,
                    then))
            .toString();
    var held = new CountDownLatch(1);
    Thread.ofPlatform()
        .start(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      OutboxLease.take(jdbc, LISTENER, event);
                      held.countDown();
                      try {
                        runEnds.await(60, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
    jdbc.update(
        "insert into event_publication (id, listener_id, event_type, serialized_event,"
            + " publication_date, status, completion_attempts, last_resubmission_date)"
            + " values (?, ?, ?, ?, ?, ?, 0, ?)",
        id,
        LISTENER,
        Outbox.Handled.class.getName(),
        event,
        Timestamp.from(then),
        status,
        Timestamp.from(then));
  }

  private int deliveries() {
    return jdbc.queryForObject(
        "select count(*) from audit_entries where subject = ?", Integer.class, subject);
  }

  /** Waits until the publication was delivered (and so removed) by whichever retry took it. */
  private void awaitDelivered() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from event_publication where id = ?", Integer.class, id),
            n -> n == 0);
  }

  private Map<String, Object> row() {
    return jdbc.queryForMap(
        "select status, completion_attempts from event_publication where id = ?", id);
  }

  @Test
  void aPublicationWhoseRunIsInFlightIsNotResubmittedAndOneWhoseNodeDiedIsDeliveredOnce()
      throws Exception {
    runInFlight("PROCESSING");

    retry.resubmitDue(true);
    retry.resubmitNow();
    assertThat(row()).containsEntry("status", "PROCESSING").containsEntry("completion_attempts", 0);

    // The node running it dies: PostgreSQL lets go of its lease with its connection.
    runEnds.countDown();
    retry.resubmitDue(true);
    awaitDelivered();
    assertThat(deliveries()).isEqualTo(1);
  }

  @Test
  void aLongResubmissionStillRunningIsNotDeclaredLostButOneWithoutARunIs() throws Exception {
    runInFlight("RESUBMITTED");

    retry.resubmitDue(true);
    assertThat(row())
        .containsEntry("status", "RESUBMITTED")
        .containsEntry("completion_attempts", 0);

    runEnds.countDown();
    retry.resubmitDue(true);
    awaitDelivered();
    assertThat(deliveries()).isEqualTo(1);
  }

  @Test
  void anAdminCannotRetryAPublicationWhileItRuns() throws Exception {
    runInFlight("PROCESSING");
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    try {
      assertThatThrownBy(() -> outbox.retry(id))
          .isInstanceOf(ConflictException.class)
          .hasMessage("That publication is being delivered right now; look again in a moment");
      assertThat(row())
          .containsEntry("status", "PROCESSING")
          .containsEntry("completion_attempts", 0);
    } finally {
      runEnds.countDown();
    }
    awaitDelivered();
    assertThat(deliveries()).isEqualTo(1);
  }
}
