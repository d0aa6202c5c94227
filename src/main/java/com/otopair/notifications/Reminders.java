package com.otopair.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides when a confirmed booking is due a reminder, 24 hours and 1 hour before it starts, and
 * makes each one happen exactly once.
 *
 * <p>A reminder due is recorded as a row of {@code booking_reminders} (primary key: booking and
 * kind), inserted with {@code on conflict do nothing}; only the run whose insert happened publishes
 * {@link ReminderDue}, in the same transaction, and the outbox ({@link RemindersMail}) mails it. So
 * two nodes, two overlapping runs or a run after a restart can never remind twice: the second
 * insert does nothing, and the row and its event commit or roll back together. The ShedLock lock on
 * top only spares the nodes the duplicate work.
 */
@Component
class Reminders {

  private static final Logger log = LoggerFactory.getLogger(Reminders.class);

  /** How many bookings one query takes; a run repeats it until nothing more is due. */
  static final int BATCH = 200;

  /** The reminders a confirmed booking gets. */
  enum Kind {
    /**
     * The day before, once the booking starts within 24 hours; not for a booking made less than 26
     * hours ahead (its confirmation is fresh), nor once it starts within the hour (the 1-hour
     * reminder is due then).
     */
    DAY_BEFORE("reminder-24h", Duration.ofHours(24), Duration.ofHours(1), Duration.ofHours(26)),
    /** An hour before; not for a booking made less than 75 minutes ahead. */
    HOUR_BEFORE("reminder-1h", Duration.ofHours(1), Duration.ZERO, Duration.ofMinutes(75));

    final String template;
    final Duration lead;
    final Duration notWithin;
    final Duration notice;

    Kind(String template, Duration lead, Duration notWithin, Duration notice) {
      this.template = template;
      this.lead = lead;
      this.notWithin = notWithin;
      this.notice = notice;
    }
  }

  /**
   * A reminder of {@code kind} is to be sent for the booking; published once per booking and kind.
   */
  public record ReminderDue(UUID bookingId, Kind kind) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Reminders(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  /** Every minute (otopair.reminders.interval), on one node at a time. */
  @Scheduled(
      fixedDelayString = "${otopair.reminders.interval:PT1M}",
      initialDelayString = "${otopair.reminders.interval:PT1M}")
  @SchedulerLock(name = "booking-reminders")
  public void sendDue() {
    try {
      int due = recordDue();
      if (due > 0) {
        log.info("{} booking reminders due", due);
      }
    } catch (RuntimeException e) {
      log.warn("Could not look for booking reminders due; will try again", e);
    }
  }

  /**
   * Records and publishes every reminder due now that no run recorded before; returns how many this
   * call recorded. Safe to run anywhere, any number of times at once.
   */
  int recordDue() {
    int recorded = 0;
    for (Kind kind : Kind.values()) {
      Instant now = clock.instant();
      List<UUID> due;
      do {
        due = due(kind, now);
        for (UUID booking : due) {
          if (record(booking, kind, now)) {
            recorded++;
          }
        }
      } while (due.size() == BATCH);
    }
    return recorded;
  }

  /** Confirmed bookings due a reminder of this kind at {@code now} with none recorded yet. */
  private List<UUID> due(Kind kind, Instant now) {
    return jdbc.sql(
            """
            select b.id from bookings b
            where b.status = 'CONFIRMED'
              and b.starts_at > :after and b.starts_at <= :until
              and b.starts_at - coalesce(b.confirmed_at, b.created_at)
                  >= :notice * interval '1 second'
              and not exists (select 1 from booking_reminders r
                              where r.booking_id = b.id and r.kind = :kind)
            order by b.starts_at
            limit :batch
            """)
        .param("after", Timestamp.from(now.plus(kind.notWithin)))
        .param("until", Timestamp.from(now.plus(kind.lead)))
        .param("notice", kind.notice.toSeconds())
        .param("kind", kind.name())
        .param("batch", BATCH)
        .query(UUID.class)
        .list();
  }

  /** Records one reminder and, only if this call recorded it, publishes it with the row. */
  private boolean record(UUID booking, Kind kind, Instant now) {
    return Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              int inserted =
                  jdbc.sql(
                          """
                          insert into booking_reminders (booking_id, kind, created_at)
                          values (:booking, :kind, :now) on conflict do nothing
                          """)
                      .param("booking", booking)
                      .param("kind", kind.name())
                      .param("now", Timestamp.from(now))
                      .update();
              if (inserted == 1) {
                events.publishEvent(new ReminderDue(booking, kind));
              }
              return inserted == 1;
            }));
  }
}
