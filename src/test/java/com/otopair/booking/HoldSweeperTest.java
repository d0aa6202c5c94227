package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.support.IntegrationTest;
import com.otopair.support.TwoNodes;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hold sweeper, a ShedLock job, runs on one node at a time. */
class HoldSweeperTest extends IntegrationTest {

  @Autowired HoldSweeper sweeper;
  @Autowired DataSource dataSource;

  @Test
  void twoNodesFiringTheSweepAtTheSameMomentRunItOnce() throws Exception {
    int runs =
        TwoNodes.runsOf(
            sweeper::expireHolds,
            dataSource,
            "bookings",
            "where status = 'HELD' and hold_expires_at <=");

    assertThat(runs).isEqualTo(1);
  }
}
