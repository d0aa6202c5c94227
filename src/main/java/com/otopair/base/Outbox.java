package com.otopair.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as admins see it: every publication not yet done (emails, audit entries, jobs from
 * bookings...), whether it is pending, failed (waiting for its next try) or dead (out of attempts),
 * with its payload, attempts and the listener's last error; retry one now, or discard it (both
 * audited).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class Outbox {

  /** Where a publication stands. */
  public enum State {
    PENDING,
    FAILED,
    DEAD;

    /** "Failed, will retry", in the reader's language. */
    public String label() {
      return I18n.t("base.outbox.state." + name().toLowerCase(Locale.ROOT));
    }
  }

  /** One unfinished publication; {@code attempts} counts its failed deliveries. */
  public record Entry(
      UUID id,
      String listener,
      String eventType,
      String payload,
      Instant publishedAt,
      State state,
      int attempts,
      @Nullable Instant lastTry,
      @Nullable Instant nextTry,
      @Nullable String lastError) {}

  /**
   * An admin retried or discarded a publication; the audit log records it, its details a sentence
   * of the base bundle ({@code base.audit.*}) with its values.
   */
  public record Handled(
      String action,
      @Nullable String actor,
      String subject,
      String detailsKey,
      List<String> detailsArgs,
      @Nullable String clientAddress,
      Instant occurredAt)
      implements AuditableEvent {

    public Handled {
      detailsArgs = List.copyOf(detailsArgs);
    }
  }

  private final JdbcTemplate jdbc;
  private final IncompleteEventPublications incomplete;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final List<Duration> backoff;
  private final int maxAttempts;

  Outbox(
      JdbcTemplate jdbc,
      IncompleteEventPublications incomplete,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${otopair.outbox.backoff}") String backoff,
      @Value("${otopair.outbox.max-attempts}") int maxAttempts) {
    this.jdbc = jdbc;
    this.incomplete = incomplete;
    this.events = events;
    this.clock = clock;
    this.backoff = parse(backoff);
    this.maxAttempts = maxAttempts;
  }

  static List<Duration> parse(String backoff) {
    return Arrays.stream(backoff.split(",")).map(String::strip).map(Duration::parse).toList();
  }

  /**
   * When a publication that failed {@code failures} times (its last try at {@code lastTry}) may be
   * tried again, or null once it is out of attempts (dead).
   */
  static @Nullable Instant nextTry(
      int failures, Instant lastTry, List<Duration> backoff, int maxAttempts) {
    if (failures >= maxAttempts) {
      return null;
    }
    Duration wait = backoff.get(Math.min(Math.max(failures, 1), backoff.size()) - 1);
    return lastTry.plus(wait);
  }

  /**
   * How many times a publication failed: Spring Modulith counts resubmissions, so a failed one has
   * failed once more than it was resubmitted.
   */
  static int failures(@Nullable String status, int resubmissions) {
    return "FAILED".equals(status) ? resubmissions + 1 : resubmissions;
  }

  @Nullable Instant nextTry(int failures, Instant lastTry) {
    return nextTry(failures, lastTry, backoff, maxAttempts);
  }

  int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Unfinished publications, oldest first (the first 500), optionally only those in {@code state}.
   */
  @Transactional(readOnly = true)
  public List<Entry> list(@Nullable State state) {
    String where =
        state == null
            ? ""
            : switch (state) {
              case PENDING -> " and p.status is distinct from 'FAILED'";
              case FAILED ->
                  " and p.status = 'FAILED' and coalesce(p.completion_attempts, 0) + 1 < ?";
              case DEAD ->
                  " and p.status = 'FAILED' and coalesce(p.completion_attempts, 0) + 1 >= ?";
            };
    Object[] args =
        state == null || state == State.PENDING ? new Object[0] : new Object[] {maxAttempts};
    return query(where + " order by p.publication_date limit 500", args);
  }

  /**
   * How many publications are dead: out of attempts, waiting for an admin to retry or discard them
   * (the admin's dashboard counts them).
   */
  @Transactional(readOnly = true)
  public long deadCount() {
    Long dead =
        jdbc.queryForObject(
            "select count(*) from event_publication p where p.completion_date is null"
                + " and p.status = 'FAILED' and coalesce(p.completion_attempts, 0) + 1 >= ?",
            Long.class,
            maxAttempts);
    return dead == null ? 0 : dead;
  }

  private List<Entry> query(String condition, Object... args) {
    return jdbc.query(
        "select p.id, p.listener_id, p.event_type, p.serialized_event, p.publication_date,"
            + " p.status, coalesce(p.completion_attempts, 0) as attempts,"
            + " p.last_resubmission_date, e.last_error"
            + " from event_publication p left join outbox_errors e on e.listener_id = p.listener_id"
            + " where p.completion_date is null"
            + condition,
        (rs, i) -> {
          String status = rs.getString("status");
          int failures = failures(status, rs.getInt("attempts"));
          Timestamp resubmitted = rs.getTimestamp("last_resubmission_date");
          Instant published = rs.getTimestamp("publication_date").toInstant();
          Instant lastTry = resubmitted == null ? published : resubmitted.toInstant();
          boolean failed = "FAILED".equals(status);
          State s = !failed ? State.PENDING : failures >= maxAttempts ? State.DEAD : State.FAILED;
          return new Entry(
              rs.getObject("id", UUID.class),
              shortListener(rs.getString("listener_id")),
              shortType(rs.getString("event_type")),
              rs.getString("serialized_event"),
              published,
              s,
              failures,
              failed ? lastTry : null,
              s == State.FAILED ? nextTry(failures, lastTry) : null,
              failed ? rs.getString("last_error") : null);
        },
        args);
  }

  /**
   * Tries one publication again now, whatever its backoff or attempts; refused while a run of it is
   * in flight (it holds the {@link OutboxLease lease}, which this transaction then keeps until the
   * resubmission is handed over).
   */
  public void retry(UUID id) {
    Entry entry = find(id);
    if (!OutboxLease.tryTake(jdbc, id)) {
      throw new ConflictException("base.outbox.busy");
    }
    // A resubmission that never finished (its node died) would otherwise be skipped.
    jdbc.update(
        "update event_publication set status = 'FAILED' where id = ? and status = 'RESUBMITTED'",
        id);
    incomplete.resubmitIncompletePublications(
        p -> p.getIdentifier().equals(id) && OutboxLease.resubmitting(jdbc, p));
    audit(
        "OUTBOX_RETRIED",
        entry,
        "base.audit.outbox-retried",
        entry.listener(),
        String.valueOf(entry.attempts()));
  }

  /** Gives up on a publication: it is removed and never delivered. */
  public void discard(UUID id, String reason) {
    Entry entry = find(id);
    String why = reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "base.outbox.reason.required");
    }
    PlainText.requireLines("reason", why);
    jdbc.update("delete from event_publication where id = ? and completion_date is null", id);
    audit("OUTBOX_DISCARDED", entry, "base.audit.outbox-discarded", entry.listener(), why);
  }

  private Entry find(UUID id) {
    return query(" and p.id = ?", id).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("base.outbox.not-found"));
  }

  private void audit(String action, Entry entry, String detailsKey, String... detailsArgs) {
    events.publishEvent(
        new Handled(
            action,
            CurrentUser.get().map(SignedInUser::email).orElse(null),
            entry.eventType() + " " + entry.id(),
            detailsKey,
            List.of(detailsArgs),
            ClientAddress.current(),
            clock.instant()));
  }

  /**
   * "com.otopair.notifications.BookingMails.on(com.otopair.booking.BookingConfirmed)" →
   * "BookingMails.on".
   */
  static String shortListener(String listenerId) {
    String method =
        listenerId.contains("(") ? listenerId.substring(0, listenerId.indexOf('(')) : listenerId;
    int dot = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
    return dot < 0 ? method : method.substring(dot + 1);
  }

  static String shortType(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
