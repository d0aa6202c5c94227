package com.otopair.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resubmits outbox publications that have not completed (a mail server that was down, a crash
 * mid-way), so that side effects are delayed but never lost. With several nodes on one database, a
 * {@link TransactionLocks transaction lock} lets only one of them resubmit at a time (why not the
 * ShedLock lock of the other scheduled jobs: see {@link SchedulingLocks}). A publication whose run
 * is in flight holds its {@link OutboxLease lease} and is left alone, however long the run takes;
 * one whose run died with its node has no lease and is picked up.
 */
@Component
public class OutboxRetry {

  private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

  /**
   * How long a resubmission may wait for a thread to run it (it takes its lease only when it
   * starts) before it counts as lost with its node.
   */
  static final Duration STUCK = Duration.ofMinutes(15);

  /** The transaction lock that elects the node that resubmits. */
  private static final String LOCK = "outbox-retry";

  private final IncompleteEventPublications incomplete;
  private final JdbcTemplate jdbc;
  private final TransactionLocks locks;
  private final TransactionTemplate transactions;
  private final Duration minAge;
  private final List<Duration> backoff;
  private final int maxAttempts;
  private final Clock clock;

  OutboxRetry(
      IncompleteEventPublications incomplete,
      JdbcTemplate jdbc,
      TransactionLocks locks,
      TransactionTemplate transactions,
      @Value("${otopair.outbox.min-age}") Duration minAge,
      @Value("${otopair.outbox.backoff}") String backoff,
      @Value("${otopair.outbox.max-attempts}") int maxAttempts,
      Clock clock) {
    this.incomplete = incomplete;
    this.jdbc = jdbc;
    this.locks = locks;
    this.transactions = transactions;
    this.minAge = minAge;
    this.backoff = Outbox.parse(backoff);
    this.maxAttempts = maxAttempts;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${otopair.outbox.retry-interval}",
      initialDelayString = "${otopair.outbox.retry-interval}")
  void resubmit() {
    try {
      resubmitDue(false);
    } catch (RuntimeException e) {
      log.warn("Could not resubmit incomplete outbox publications; will try again", e);
    }
  }

  /** Resubmits everything unfinished and not in flight now, dead ones included; for tests. */
  public void resubmitNow() {
    transactions.executeWithoutResult(
        status -> {
          locks.lock(LOCK);
          incomplete.resubmitIncompletePublications(
              publication -> OutboxLease.resubmitting(jdbc, publication));
        });
  }

  /**
   * Resubmits what is due, unless its run is in flight: a publication not delivered nor failed once
   * its last start is older than the minimum age (its run was lost with a crash), a resubmission
   * that never started within {@link #STUCK}, a failed one once its backoff after the last try has
   * passed (1, 5, 15, 60 minutes by default), never one out of attempts (dead: an admin retries or
   * discards it). With {@code wait}, waits for the node resubmitting now instead of leaving it to
   * that one.
   */
  void resubmitDue(boolean wait) {
    Instant now = clock.instant();
    transactions.executeWithoutResult(
        status -> {
          if (wait) {
            locks.lock(LOCK);
          } else if (!locks.tryLock(LOCK)) {
            return;
          }
          // Spring Modulith skips a RESUBMITTED publication: one that never started (no lease)
          // in a long while was lost with its node, and is failed, so that it is resubmitted below.
          jdbc.update(
              "update event_publication set status = 'FAILED' where id in (select id from"
                  + " event_publication where completion_date is null and status = 'RESUBMITTED'"
                  + " and last_resubmission_date < ? and pg_try_advisory_xact_lock("
                  + OutboxLease.KEY
                  + "))",
              Timestamp.from(now.minus(STUCK)));
          incomplete.resubmitIncompletePublications(
              publication -> due(publication, now) && OutboxLease.resubmitting(jdbc, publication));
        });
  }

  private boolean due(EventPublication publication, Instant now) {
    String state = publication.getStatus().name();
    Instant lastTry =
        publication.getLastResubmissionDate() != null
                && publication.getLastResubmissionDate().isAfter(publication.getPublicationDate())
            ? publication.getLastResubmissionDate()
            : publication.getPublicationDate();
    if (!"FAILED".equals(state)) {
      // Never delivered nor failed since its last start: the process stopped mid-way, or its
      // run is still on its way to its transaction (the lease covers it from there).
      return !lastTry.isAfter(now.minus(minAge));
    }
    Instant next =
        Outbox.nextTry(
            Outbox.failures(state, publication.getCompletionAttempts()),
            lastTry,
            backoff,
            maxAttempts);
    return next != null && !next.isAfter(now);
  }
}
