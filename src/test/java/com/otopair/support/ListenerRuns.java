package com.otopair.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an outbox listener the way a re-delivery does: on the listener bean's own object (so neither
 * {@code @Async} nor the outbox's lease is in the way), each run in a transaction of its own, as
 * {@code @ApplicationModuleListener} gives it. Twice in a row, then twice at once (two threads
 * released together): what the listener does must happen once whatever the runs.
 */
public final class ListenerRuns {

  private ListenerRuns() {}

  /** The object behind a listener bean's proxies. */
  public static <T> T target(T listener) {
    return AopTestUtils.getUltimateTargetObject(listener);
  }

  /** Two runs one after the other, then two at once; fails if any run failed. */
  public static void twiceInARowAndTwiceAtOnce(TransactionTemplate transactions, Runnable run)
      throws Exception {
    transactions.executeWithoutResult(tx -> run.run());
    transactions.executeWithoutResult(tx -> run.run());
    atOnce(2, transactions, run);
  }

  /** {@code threads} runs released at once, each in its own transaction; fails if any failed. */
  public static void atOnce(int threads, TransactionTemplate transactions, Runnable run)
      throws Exception {
    var start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  transactions.executeWithoutResult(tx -> run.run());
                  return null;
                }));
      }
      start.countDown();
      for (var each : runs) {
        each.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
