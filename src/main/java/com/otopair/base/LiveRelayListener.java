package com.otopair.base;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens for the other nodes' live updates on a connection of its own, outside the pool (a {@code
 * LISTEN} holds its connection for the life of the node). When the connection is lost, a database
 * restart for instance, it reconnects with a growing pause and says so once per outage; what was
 * notified meanwhile is not replayed, and views re-read on the next update.
 */
@Component
class LiveRelayListener implements SmartLifecycle {

  /** How the listening connection shows in {@code pg_stat_activity}, and its thread's name. */
  static final String NAME = "otopair-live-relay";

  private static final Logger log = LoggerFactory.getLogger(LiveRelayListener.class);
  private static final int WAIT_MILLIS = 500;
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(10);
  private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
  private static final long FIRST_PAUSE_MILLIS = 250;
  private static final long LONGEST_PAUSE_MILLIS = 10_000;

  private final LiveRelay relay;
  private final String url;
  private final Properties properties = new Properties();
  private volatile boolean running;
  private volatile CountDownLatch listening = new CountDownLatch(1);
  private @Nullable Thread thread;

  LiveRelayListener(LiveRelay relay, DataSource dataSource) throws SQLException {
    this.relay = relay;
    var pool = dataSource.unwrap(HikariDataSource.class);
    this.url = pool.getJdbcUrl();
    if (pool.getUsername() != null) {
      properties.setProperty("user", pool.getUsername());
    }
    if (pool.getPassword() != null) {
      properties.setProperty("password", pool.getPassword());
    }
    properties.setProperty("ApplicationName", NAME);
    // A statement on a connection that died silently fails after this long, not never.
    properties.setProperty("socketTimeout", String.valueOf(CHECK_EVERY.toSeconds()));
  }

  /**
   * Starts listening, and returns once the node listens (or the database has not answered for a
   * while): a started node misses no other node's update from then on.
   */
  @Override
  public synchronized void start() {
    running = true;
    listening = new CountDownLatch(1);
    thread = Thread.ofPlatform().name(NAME).daemon().start(this::listen);
    try {
      listening.await(STARTUP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    Thread listening = thread;
    if (listening != null) {
      listening.interrupt();
      try {
        listening.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    long pause = FIRST_PAUSE_MILLIS;
    boolean lost = false;
    while (running) {
      try (Connection connection = DriverManager.getConnection(url, properties)) {
        subscribe(connection);
        listening.countDown();
        if (lost) {
          log.info("Live updates from other nodes arrive again");
          lost = false;
        }
        pause = FIRST_PAUSE_MILLIS;
        relayFrom(connection);
      } catch (SQLException e) {
        if (!running) {
          return;
        }
        if (!lost) {
          log.warn(
              "Lost the connection that brings other nodes' live updates ({}); reconnecting",
              e.getMessage());
          lost = true;
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException stopped) {
          return;
        }
        pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
      }
    }
  }

  /** Hands notifications to the relay until the node stops or the connection fails. */
  private void relayFrom(Connection connection) throws SQLException {
    PGConnection notifications = connection.unwrap(PGConnection.class);
    long checked = System.nanoTime();
    while (running) {
      PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
      for (PGNotification notification : received) {
        relay.receive(notification.getParameter());
      }
      if (received.length > 0) {
        checked = System.nanoTime();
      } else if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
        // A quiet connection may be a dead one: a round trip finds out (LISTEN again is harmless).
        subscribe(connection);
        checked = System.nanoTime();
      }
    }
  }

  private static void subscribe(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("LISTEN " + LiveRelay.CHANNEL);
    }
  }
}
