package com.otopair.base.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} store: one row per caller and key, holding the hash of the request
 * that claimed it and, once it is done, its answer. The database decides who is first ({@code
 * insert ... on conflict}), never a read followed by a write, so any number of calls racing with
 * one key make one effect. Each statement commits on its own: the claim is visible to the others
 * before the call runs, the answer as soon as it is written.
 */
@Component
class IdempotencyKeys {

  /** How long a key is remembered: after that it is purged, and may claim a new request. */
  static final Duration KEPT_FOR = Duration.ofHours(24);

  /** What a claim found. */
  sealed interface Claim {
    /** The key is this call's: run it, then {@link #answer} or {@link #release}. */
    record Claimed() implements Claim {}

    /** The same request was answered before: this is its answer. */
    record Answered(
        int status, @Nullable String contentType, @Nullable String location, byte[] body)
        implements Claim {}

    /** The same request is still running under this key. */
    record Running() implements Claim {}

    /** The key was used for another request (another method, path or body). */
    record OtherRequest() implements Claim {}
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Claims {@code key} for a request whose method, path and body hash to {@code requestHash}, or
   * says what holds it. A key older than {@link #KEPT_FOR} that the purge has not reached yet is
   * taken over, in the same statement.
   */
  Claim claim(UUID userId, String key, String requestHash) {
    Instant now = clock.instant();
    // A holder that released its claim (a 5xx) between our insert and our read: claim again.
    for (int attempt = 0; attempt < 3; attempt++) {
      int claimed =
          jdbc.update(
              """
              insert into idempotency_keys (user_id, idempotency_key, request_hash, created_at)
              values (?, ?, ?, ?)
              on conflict (user_id, idempotency_key) do update
                set request_hash = excluded.request_hash, status = null, content_type = null,
                    location = null, body = null, created_at = excluded.created_at,
                    completed_at = null
                where idempotency_keys.created_at < ?
              """,
              userId,
              key,
              requestHash,
              Timestamp.from(now),
              Timestamp.from(now.minus(KEPT_FOR)));
      if (claimed == 1) {
        return new Claim.Claimed();
      }
      List<Claim> held =
          jdbc.query(
              """
              select request_hash, status, content_type, location, body from idempotency_keys
              where user_id = ? and idempotency_key = ?
              """,
              (rs, row) -> {
                if (!rs.getString("request_hash").equals(requestHash)) {
                  return new Claim.OtherRequest();
                }
                int status = rs.getInt("status");
                if (rs.wasNull()) {
                  return new Claim.Running();
                }
                byte[] body = rs.getBytes("body");
                return new Claim.Answered(
                    status,
                    rs.getString("content_type"),
                    rs.getString("location"),
                    body == null ? new byte[0] : body);
              },
              userId,
              key);
      if (!held.isEmpty()) {
        return held.getFirst();
      }
    }
    return new Claim.Running();
  }

  /** Keeps the answer of the call that claimed {@code key}, for its repeats. */
  void answer(
      UUID userId,
      String key,
      int status,
      @Nullable String contentType,
      @Nullable String location,
      byte[] body) {
    jdbc.update(
        """
        update idempotency_keys
        set status = ?, content_type = ?, location = ?, body = ?, completed_at = ?
        where user_id = ? and idempotency_key = ? and status is null
        """,
        status,
        contentType,
        location,
        body,
        Timestamp.from(clock.instant()),
        userId,
        key);
  }

  /** Frees a key whose call failed on our side, so that a retry with it runs again. */
  void release(UUID userId, String key) {
    jdbc.update(
        "delete from idempotency_keys where user_id = ? and idempotency_key = ? and status is null", // i18n: SQL
        userId,
        key);
  }

  /** Forgets the keys older than {@link #KEPT_FOR}; hourly, on one node. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  @SchedulerLock(name = "idempotency-keys-purge")
  void purge() {
    jdbc.update(
        "delete from idempotency_keys where created_at < ?", // i18n: SQL
        Timestamp.from(clock.instant().minus(KEPT_FOR)));
  }
}
