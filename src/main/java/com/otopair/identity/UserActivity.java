package com.otopair.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * When each signed-in person's browser was last heard from, for the admin's "active users now".
 * Every authenticated request reports its user here ({@link #seen}); the time is written at most
 * once a minute per user: a per-node map of what this node last wrote keeps the database out of
 * almost every request, and the upsert itself moves the time only when it is a minute newer, so
 * several nodes (or many requests racing on one) still write about once a minute.
 *
 * <p>Never fails the request that reports: a database hiccup is logged and the next request tries
 * again.
 */
@Service
public class UserActivity {

  /** How often, at most, a user's time is written. */
  public static final Duration WRITE_EVERY = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(UserActivity.class);

  /** Past this many remembered users, entries older than a minute are dropped. */
  private static final int REMEMBERED = 10_000;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<UUID, Instant> lastWritten = new ConcurrentHashMap<>();

  UserActivity(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The user's browser was heard from now. Writes when this node has not written the user's time in
   * the last minute; returns whether it wrote. Never throws.
   */
  public boolean seen(UUID userId) {
    Instant now = clock.instant();
    boolean[] due = {false};
    lastWritten.compute(
        userId,
        (id, last) -> {
          if (last == null || !now.isBefore(last.plus(WRITE_EVERY))) {
            due[0] = true;
            return now;
          }
          return last;
        });
    if (!due[0]) {
      return false;
    }
    try {
      jdbc.sql(
              """
              insert into user_activity (user_id, last_seen_at) values (:user, :now)
              on conflict (user_id) do update set last_seen_at = excluded.last_seen_at
              where user_activity.last_seen_at < excluded.last_seen_at - interval '1 minute'
              """)
          .param("user", userId)
          .param("now", Timestamp.from(now))
          .update();
    } catch (RuntimeException e) {
      // Try again on the user's next request rather than a minute later.
      lastWritten.remove(userId, now);
      log.warn("Could not record that user {} was active; the request goes on", userId, e);
      return false;
    }
    forgetOld(now);
    return true;
  }

  private void forgetOld(Instant now) {
    if (lastWritten.size() > REMEMBERED) {
      Instant before = now.minus(WRITE_EVERY);
      lastWritten.values().removeIf(last -> last.isBefore(before));
    }
  }
}
