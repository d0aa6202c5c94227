package com.otopair.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resubmits outbox publications that have not completed (a mail server that was down, a crash
 * mid-way), so that side effects are delayed but never lost. With several nodes on one database, a
 * PostgreSQL advisory lock lets only one of them resubmit at a time.
 */
@Component
public class OutboxRetry {

  private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

  /** How long a resubmission may run before it counts as lost with its node. */
  static final Duration STUCK = Duration.ofMinutes(15);

  /** "otopair" and 1: the advisory lock that elects the node that resubmits. */
  private static final long LOCK = 0x6f746f7061697201L;

  private final IncompleteEventPublications incomplete;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Duration minAge;
  private final java.util.List<Duration> backoff;
  private final int maxAttempts;
  private final java.time.Clock clock;

  OutboxRetry(
      IncompleteEventPublications incomplete,
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      @Value("${otopair.outbox.min-age}") Duration minAge,
      @Value("${otopair.outbox.backoff}") String backoff,
      @Value("${otopair.outbox.max-attempts}") int maxAttempts,
      java.time.Clock clock) {
    this.incomplete = incomplete;
    this.jdbc = jdbc;
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
      resubmitOlderThan(minAge);
    } catch (RuntimeException e) {
      log.warn("Could not resubmit incomplete outbox publications; will try again", e);
    }
  }

  /** Resubmits everything unfinished now, dead ones included; for tests. */
  public void resubmitNow() {
    transactions.executeWithoutResult(
        status -> {
          if (Boolean.TRUE.equals(
              jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
            incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
          }
        });
  }

  /**
   * Resubmits what is due: a publication never tried again once it is older than {@code age} (a
   * crash mid-way), a failed one once its backoff after the last try has passed (1, 5, 15, 60
   * minutes by default), never one out of attempts (dead: an admin retries or discards it).
   */
  private void resubmitOlderThan(Duration age) {
    java.time.Instant now = clock.instant();
    transactions.executeWithoutResult(
        status -> {
          if (Boolean.TRUE.equals(
              jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
            // A resubmission whose node died stays RESUBMITTED, which Spring Modulith skips.
            jdbc.update(
                "update event_publication set status = 'FAILED' where completion_date is null"
                    + " and status = 'RESUBMITTED' and last_resubmission_date < ?",
                java.sql.Timestamp.from(now.minus(STUCK)));
            incomplete.resubmitIncompletePublications(
                publication -> {
                  String state = publication.getStatus().name();
                  if (!"FAILED".equals(state)) {
                    // Never delivered nor failed: the process stopped mid-way.
                    return !publication.getPublicationDate().isAfter(now.minus(age));
                  }
                  java.time.Instant lastTry =
                      publication.getLastResubmissionDate() != null
                          ? publication.getLastResubmissionDate()
                          : publication.getPublicationDate();
                  java.time.Instant next =
                      Outbox.nextTry(
                          Outbox.failures(state, publication.getCompletionAttempts()),
                          lastTry,
                          backoff,
                          maxAttempts);
                  return next != null && !next.isAfter(now);
                });
          }
        });
  }
}
