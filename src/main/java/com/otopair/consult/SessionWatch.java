package com.otopair.consult;

import com.otopair.consult.domain.ChatMessage;
import com.otopair.consult.domain.ChatMessageRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support's watch over live sessions, every few seconds on one node: waiting sessions nobody
 * claimed in time expire, active ones past their end complete, a two-minute notice is given, a
 * mechanic who claimed and wrote nothing is nudged, and support hears of sessions waiting with
 * nobody online. Each effect is one conditional update that stamps the row, so it happens once
 * however many nodes, runs or restarts see the same session.
 */
@Component
public class SessionWatch {

  static final Duration WARN_BEFORE_END = Duration.ofMinutes(2);
  static final Duration NUDGE_AFTER = Duration.ofMinutes(3);
  static final Duration ALERT_AFTER = Duration.ofMinutes(2);

  private final JdbcTemplate jdbc;
  private final ChatMessageRepository messages;
  private final MechanicPresence presence;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  SessionWatch(
      JdbcTemplate jdbc,
      ChatMessageRepository messages,
      MechanicPresence presence,
      ApplicationEventPublisher events,
      TransactionTemplate transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.presence = presence;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${otopair.consult.watch-interval:PT5S}",
      initialDelayString = "${otopair.consult.watch-delay:PT20S}")
  @SchedulerLock(name = "consult-watch")
  public void watch() {
    expireUnclaimed();
    completeEnded();
    warnEnding();
    nudgeSilentMechanics();
    alertSupport();
  }

  private record Row(UUID id, UUID shopId, UUID customerId, @Nullable UUID mechanicId) {}

  private List<Row> stamp(String sql, Object... args) {
    return jdbc.query(
        sql + " returning id, shop_id, customer_id, mechanic_id",
        (rs, n) ->
            new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("shop_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("mechanic_id", UUID.class)),
        args);
  }

  /** Waiting sessions past their shop's wait limit expire. */
  public int expireUnclaimed() {
    return inTransaction(
        () -> {
          Timestamp now = Timestamp.from(clock.instant());
          List<Row> rows =
              stamp(
                  "update consult_sessions set status = 'EXPIRED', end_reason = 'NOBODY_CAME',"
                      + " ended_at = ?, version = version + 1 where status = 'WAITING'"
                      + " and queued_at + wait_limit_minutes * interval '1 minute' <= ?",
                  now,
                  now);
          rows.forEach(r -> finished(r, SessionStatus.EXPIRED, EndReason.NOBODY_CAME));
          return rows.size();
        });
  }

  /** Active sessions whose time is up complete. */
  public int completeEnded() {
    return inTransaction(
        () -> {
          Timestamp now = Timestamp.from(clock.instant());
          List<Row> rows =
              stamp(
                  "update consult_sessions set status = 'ENDED', end_reason = 'TIME_UP',"
                      + " ended_at = ?, version = version + 1 where status = 'ACTIVE'"
                      + " and ends_at <= ?",
                  now,
                  now);
          rows.forEach(
              r -> {
                notice(r.id(), "consult.chat.notice.ended.time-up");
                finished(r, SessionStatus.ENDED, EndReason.TIME_UP);
              });
          return rows.size();
        });
  }

  /** Both sides are told when two minutes are left. */
  public int warnEnding() {
    return inTransaction(
        () -> {
          Instant now = clock.instant();
          List<Row> rows =
              stamp(
                  "update consult_sessions set warned_at = ? where status = 'ACTIVE'"
                      + " and warned_at is null and ends_at <= ? and ends_at > ?",
                  Timestamp.from(now),
                  Timestamp.from(now.plus(WARN_BEFORE_END)),
                  Timestamp.from(now));
          rows.forEach(
              r -> {
                notice(r.id(), "consult.chat.notice.two-minutes");
                events.publishEvent(new SessionChanged(r.id(), r.shopId()));
              });
          return rows.size();
        });
  }

  /** A mechanic who claimed a session three minutes ago and wrote nothing is nudged. */
  public int nudgeSilentMechanics() {
    return inTransaction(
        () -> {
          Instant now = clock.instant();
          List<Row> rows =
              stamp(
                  "update consult_sessions set nudged_at = ? where status = 'ACTIVE'"
                      + " and nudged_at is null and last_mechanic_at is null and claimed_at <= ?",
                  Timestamp.from(now),
                  Timestamp.from(now.minus(NUDGE_AFTER)));
          rows.forEach(
              r ->
                  events.publishEvent(
                      new MechanicNudged(
                          r.id(), java.util.Objects.requireNonNull(r.mechanicId()), now)));
          return rows.size();
        });
  }

  /** Support hears of a session that has waited two minutes while nobody at its shop is online. */
  public int alertSupport() {
    Instant now = clock.instant();
    List<Row> candidates =
        jdbc.query(
            "select id, shop_id, customer_id, mechanic_id from consult_sessions"
                + " where status = 'WAITING' and support_alerted_at is null and queued_at <= ?",
            (rs, n) ->
                new Row(
                    rs.getObject("id", UUID.class),
                    rs.getObject("shop_id", UUID.class),
                    rs.getObject("customer_id", UUID.class),
                    null),
            Timestamp.from(now.minus(ALERT_AFTER)));
    int alerted = 0;
    for (Row candidate : candidates) {
      if (presence.onlineAt(candidate.shopId()) > 0) {
        continue;
      }
      alerted +=
          inTransaction(
              () -> {
                int stamped =
                    jdbc.update(
                        "update consult_sessions set support_alerted_at = ? where id = ?"
                            + " and status = 'WAITING' and support_alerted_at is null",
                        Timestamp.from(now),
                        candidate.id());
                if (stamped == 1) {
                  events.publishEvent(
                      new SessionUnattended(candidate.id(), candidate.shopId(), now));
                }
                return stamped;
              });
    }
    return alerted;
  }

  private void finished(Row r, SessionStatus status, EndReason reason) {
    events.publishEvent(new SessionFinished(r.id(), r.shopId(), r.customerId(), status, reason));
    events.publishEvent(new SessionChanged(r.id(), r.shopId()));
  }

  private void notice(UUID sessionId, String key) {
    messages.save(ChatMessage.notice(sessionId, key, List.of(), clock.instant()));
    events.publishEvent(new ChatPosted(sessionId));
  }

  private int inTransaction(java.util.function.IntSupplier work) {
    Integer done = transactions.execute(status -> work.getAsInt());
    return done == null ? 0 : done;
  }
}
