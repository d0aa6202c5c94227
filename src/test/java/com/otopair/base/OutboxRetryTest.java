package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.support.IntegrationTest;
import com.otopair.support.TwoNodes;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox retry, elected by a transaction lock instead of ShedLock (see {@link
 * SchedulingLocks}), still runs on one node at a time.
 */
class OutboxRetryTest extends IntegrationTest {

  @Autowired OutboxRetry retry;
  @Autowired DataSource dataSource;

  @Test
  void twoNodesFiringTheRetryAtTheSameMomentResubmitOnce() throws Exception {
    int runs =
        TwoNodes.runsOf(
            () -> retry.resubmitDue(false),
            dataSource,
            "event_publication",
            "status = 'RESUBMITTED' and last_resubmission_date <");

    assertThat(runs).isEqualTo(1);
  }
}
