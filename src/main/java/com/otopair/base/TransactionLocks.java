package com.otopair.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to make concurrent runs of one piece of work take turns: a PostgreSQL
 * transaction-level advisory lock on a key that names the business fact ("customer/…",
 * "job-of-booking/…"). It is held until the current transaction ends, on every node sharing the
 * database, and released by PostgreSQL if the node dies. A run that waited then reads what the
 * first one committed and finds its work done.
 */
@Component
public class TransactionLocks {

  private final JdbcTemplate jdbc;

  TransactionLocks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits until no other transaction holds {@code key}, then holds it until this one ends. */
  public void lock(String key) {
    requireTransaction(key);
    jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, key);
  }

  /**
   * Holds {@code key} until this transaction ends if no other transaction holds it; false at once
   * if one does (a run on another node is doing the work now).
   */
  public boolean tryLock(String key) {
    requireTransaction(key);
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select pg_try_advisory_xact_lock(hashtextextended(?, 0))", Boolean.class, key));
  }

  private static void requireTransaction(String key) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      // Outside a transaction the lock would end with the statement: it would protect nothing.
      throw new IllegalStateException("A transaction lock needs a transaction: " + key);
    }
  }
}
