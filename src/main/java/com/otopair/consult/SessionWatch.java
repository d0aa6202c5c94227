package com.otopair.consult;

import com.otopair.consult.domain.ChatMessage;
import com.otopair.consult.domain.ChatMessageRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support's watch over live sessions, every few seconds on one node: booked sessions are announced
 * five minutes ahead and open at their time, sessions left unpaid and waiting sessions nobody
 * claimed in time expire, a follow-up reserved for its mechanic reaches its shop's dashboards when
 * the reservation ends, active ones past their end complete, a two-minute notice is given, a
 * mechanic who claimed and wrote nothing is nudged, and support hears of sessions waiting with
 * nobody online. Each effect is one conditional update that stamps the row, so it happens once
 * however many nodes, runs or restarts see the same session.
 */
@Component
public class SessionWatch {

  static final Duration WARN_BEFORE_END = Duration.ofMinutes(2);
  static final Duration NUDGE_AFTER = Duration.ofMinutes(3);
  static final Duration ALERT_AFTER = Duration.ofMinutes(2);
  static final Duration ANNOUNCE_BEFORE = Duration.ofMinutes(5);

  /**
   * A session still on the payment page this long after it was asked for is given up: its page
   * (open 35 minutes) has expired, and its expiry's webhook was lost.
   */
  public static final Duration UNPAID_AFTER = Duration.ofHours(1);

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
    announceBooked();
    openBooked();
    expireUnpaid();
    expireUnclaimed();
    lapseReservations();
    completeEnded();
    warnEnding();
    nudgeSilentMechanics();
    alertSupport();
  }

  private record Row(
      UUID id,
      UUID shopId,
      UUID customerId,
      @Nullable UUID mechanicId,
      @Nullable UUID bookingId,
      @Nullable UUID bookedMechanicId,
      @Nullable Instant startsAt) {}

  private List<Row> stamp(String sql, Object... args) {
    return jdbc.query(
        sql
            + " returning id, shop_id, customer_id, mechanic_id, booking_id, booked_mechanic_id,"
            + " starts_at",
        (rs, n) -> {
          Timestamp startsAt = rs.getTimestamp("starts_at");
          return new Row(
              rs.getObject("id", UUID.class),
              rs.getObject("shop_id", UUID.class),
              rs.getObject("customer_id", UUID.class),
              rs.getObject("mechanic_id", UUID.class),
              rs.getObject("booking_id", UUID.class),
              rs.getObject("booked_mechanic_id", UUID.class),
              startsAt == null ? null : startsAt.toInstant());
        },
        args);
  }

  /** Five minutes before a booked session's time, its customer and its mechanic are told. */
  public int announceBooked() {
    return inTransaction(
        () -> {
          Instant now = clock.instant();
          List<Row> rows =
              stamp(
                  "update consult_sessions set starting_noticed_at = ? where status = 'SCHEDULED'"
                      + " and starting_noticed_at is null and starts_at <= ?",
                  Timestamp.from(now),
                  Timestamp.from(now.plus(ANNOUNCE_BEFORE)));
          rows.forEach(
              r ->
                  events.publishEvent(
                      new BookedSessionStarting(
                          r.id(),
                          r.shopId(),
                          r.customerId(),
                          Objects.requireNonNull(r.bookedMechanicId()),
                          Objects.requireNonNull(r.startsAt()))));
          return rows.size();
        });
  }

  /**
   * At its time, a booked session waits for its mechanic, under the shop's wait limit from then.
   */
  public int openBooked() {
    return inTransaction(
        () -> {
          List<Row> rows =
              stamp(
                  "update consult_sessions set status = 'WAITING', queued_at = starts_at,"
                      + " version = version + 1 where status = 'SCHEDULED' and starts_at <= ?",
                  Timestamp.from(clock.instant()));
          rows.forEach(
              r -> {
                notice(r.id(), "consult.chat.notice.booked-open");
                events.publishEvent(new SessionChanged(r.id(), r.shopId(), r.customerId()));
              });
          return rows.size();
        });
  }

  /** Sessions left on the payment page expire unpaid. */
  public int expireUnpaid() {
    return inTransaction(
        () -> {
          Timestamp now = Timestamp.from(clock.instant());
          List<Row> rows =
              stamp(
                  "update consult_sessions set status = 'EXPIRED', end_reason = 'NOT_PAID',"
                      + " ended_at = ?, version = version + 1 where status = 'PAYING'"
                      + " and requested_at <= ?",
                  now,
                  Timestamp.from(clock.instant().minus(UNPAID_AFTER)));
          rows.forEach(r -> finished(r, SessionStatus.EXPIRED, EndReason.NOT_PAID));
          return rows.size();
        });
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

  /**
   * A follow-up that waited for its own mechanic alone for its 15 minutes is now the whole shop's:
   * the queue reads its reservation, so nothing moves, but the shop's dashboards are told once, so
   * they show it and ring.
   */
  public int lapseReservations() {
    return inTransaction(
        () -> {
          Timestamp now = Timestamp.from(clock.instant());
          List<Row> rows =
              stamp(
                  "update consult_sessions set reservation_lapsed_at = ? where status = 'WAITING'"
                      + " and reservation_lapsed_at is null and reserved_until <= ?",
                  now,
                  now);
          rows.forEach(
              r -> {
                events.publishEvent(new FollowUpOpenedToShop(r.id(), r.shopId()));
                events.publishEvent(new SessionChanged(r.id(), r.shopId(), r.customerId()));
              });
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
                events.publishEvent(new SessionChanged(r.id(), r.shopId(), r.customerId()));
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
                      new MechanicNudged(r.id(), Objects.requireNonNull(r.mechanicId()), now)));
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
                    null,
                    null,
                    null,
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
    events.publishEvent(
        new SessionFinished(r.id(), r.shopId(), r.customerId(), status, reason, r.bookingId()));
    events.publishEvent(new SessionChanged(r.id(), r.shopId(), r.customerId()));
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
