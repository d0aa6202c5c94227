package com.otopair.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits outbox publications that have not completed (a mail server that was down, a crash
 * mid-way), so that side effects are delayed but never lost.
 */
@Component
public class OutboxRetry {

  private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

  private final IncompleteEventPublications incomplete;
  private final Duration minAge;

  OutboxRetry(
      IncompleteEventPublications incomplete, @Value("${otopair.outbox.min-age}") Duration minAge) {
    this.incomplete = incomplete;
    this.minAge = minAge;
  }

  @Scheduled(
      fixedDelayString = "${otopair.outbox.retry-interval}",
      initialDelayString = "${otopair.outbox.retry-interval}")
  void resubmit() {
    try {
      incomplete.resubmitIncompletePublicationsOlderThan(minAge);
    } catch (RuntimeException e) {
      log.warn("Could not resubmit incomplete outbox publications; will try again", e);
    }
  }

  /** Resubmits now; for tests and the admin's outbox view. */
  public void resubmitNow() {
    incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
  }
}
