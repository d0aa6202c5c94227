package com.otopair.support;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes firing one scheduled job at the same moment, each on its own thread and connections.
 * While they race, the table the job writes stays locked (a slow database), so a node that runs the
 * job is held inside it, waiting in PostgreSQL, and a node that skips its turn returns. The count
 * of runs comes from {@code pg_stat_activity}: the sessions waiting with the job's statement.
 */
public final class TwoNodes {

  private TwoNodes() {}

  /**
   * Fires {@code job} on two threads at once while {@code table} is locked; returns how many runs
   * were inside the job at the moment a node had given up (or both were inside). {@code statement}
   * is a fragment of the job's write to {@code table}, as PostgreSQL shows it.
   */
  public static int runsOf(Runnable job, DataSource dataSource, String table, String statement)
      throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try (Connection slow = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      slow.createStatement().execute("lock table " + table + " in share mode");
      var start = new CountDownLatch(1);
      List<Future<?>> runs =
          List.of(
              nodes.submit(
                  () -> {
                    start.await();
                    job.run();
                    return null;
                  }),
              nodes.submit(
                  () -> {
                    start.await();
                    job.run();
                    return null;
                  }));
      start.countDown();
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> inside(jdbc, statement),
              inside -> inside == 2 || (inside == 1 && runs.stream().anyMatch(Future::isDone)));
      int inside = inside(jdbc, statement);
      slow.rollback();
      for (Future<?> run : runs) {
        run.get();
      }
      return inside;
    } finally {
      nodes.shutdownNow();
    }
  }

  private static int inside(JdbcTemplate jdbc, String statement) {
    return jdbc.queryForObject(
        "select count(*) from pg_stat_activity where datname = current_database()"
            + " and wait_event_type = 'Lock' and position(? in query) > 0",
        Integer.class,
        statement);
  }
}
