package com.otopair.notifications;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.base.Searches;
import com.otopair.base.TransactionLocks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every mail Otopair tried to send, for the admins' Email log: queued before it leaves, sent or
 * failed (with the error) after. The rows are written in their own transactions, so a failure stays
 * recorded while the listener that sent the mail rolls back and the outbox retries it; a retry of
 * the same mail finds its row by a key made of the business fact it tells of ({@link
 * OutgoingMail#fact}), its template and recipient, counts the attempt, and marks it retried once it
 * leaves.
 *
 * <p>The row also decides that a mail leaves once: {@link #claim} takes, in the sending listener's
 * transaction, a lock on the mail's key (a PostgreSQL transaction-level advisory lock, released
 * when that transaction ends, or its connection dies with its node) and then reads the row. A run
 * that finds it sent sends nothing; a run racing another waits for it and then finds it sent; a run
 * after a failure (SMTP down) finds it failed and sends it. The row is marked sent in its own
 * transaction as soon as the mail left, so a listener that sends two mails and fails on the second
 * does not send the first again on retry.
 */
@Service
public class MailLog {

  /** Where a mail stands. */
  public enum Status {
    QUEUED,
    SENT,
    FAILED,
    RETRIED;

    /** "Sent after retry", in the reader's language. */
    public String label() {
      return I18n.t("notifications.status." + name().toLowerCase(Locale.ROOT));
    }
  }

  /** One logged mail. */
  public record Entry(
      UUID id,
      String recipient,
      String template,
      String subject,
      Status status,
      int attempts,
      @Nullable String lastError,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant sentAt) {}

  static final int ERROR_LENGTH = 500;
  private static final int SUBJECT_LENGTH = 300;

  private final JdbcClient jdbc;
  private final TransactionLocks locks;
  private final TransactionTemplate own;
  private final TransactionTemplate reading;
  private final Clock clock;
  private final MailMetrics metrics;

  MailLog(
      JdbcClient jdbc,
      TransactionLocks locks,
      PlatformTransactionManager transactions,
      Clock clock,
      MailMetrics metrics) {
    this.jdbc = jdbc;
    this.locks = locks;
    this.clock = clock;
    this.metrics = metrics;
    this.own = new TransactionTemplate(transactions);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.reading = new TransactionTemplate(transactions);
    reading.setReadOnly(true);
  }

  /**
   * The row of this mail: the mail of the same fact, template and recipient (a listener run again,
   * an outbox retry) has the same key.
   */
  static String key(OutgoingMail mail) {
    if (mail.fact().isBlank()) {
      throw new IllegalArgumentException(
          "The mail \"" + mail.subject() + "\" does not name the fact it tells of"); // i18n: a bug
    }
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(mail.fact(), mail.template(), mail.to())) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '|');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether this run is to send the mail: false once it left. Waits, in the current transaction
   * (which must be the sending listener's), for any other run sending it; true means queued, and
   * this transaction keeps every other run of the mail waiting until it ends.
   */
  boolean claim(OutgoingMail mail) {
    String key = key(mail);
    locks.lock("mail_log:" + key);
    boolean sent =
        jdbc.sql(
                    """
                    select count(*) from mail_log where mail_key = :key and sent_at is not null
                    """)
                .param("key", key)
                .query(Integer.class)
                .single()
            > 0;
    if (sent) {
      return false;
    }
    queued(mail);
    return true;
  }

  /** Before sending: a new row, or one more attempt on the row of an earlier try. */
  private void queued(OutgoingMail mail) {
    Instant now = clock.instant();
    own.executeWithoutResult(
        status ->
            jdbc.sql(
                    """
                    insert into mail_log (id, mail_key, recipient, template, subject, status,
                                          attempts, created_at, updated_at, about_booking)
                    values (:id, :key, :recipient, :template, :subject, 'QUEUED', 1, :now, :now,
                            :booking)
                    on conflict (mail_key) do update set attempts = mail_log.attempts + 1,
                        updated_at = :now, version = mail_log.version + 1
                    """)
                .param("id", UUID.randomUUID())
                .param("key", key(mail))
                .param("recipient", mail.to())
                .param("template", mail.template())
                .param("subject", cut(mail.subject(), SUBJECT_LENGTH))
                .param("now", Timestamp.from(now))
                .param("booking", mail.aboutBooking())
                .update());
  }

  /** It left: sent, or sent after retry when an earlier attempt failed. */
  void sent(OutgoingMail mail) {
    Instant now = clock.instant();
    own.executeWithoutResult(
        status ->
            jdbc.sql(
                    """
                    update mail_log set status = case when status in ('FAILED', 'RETRIED')
                        then 'RETRIED' else 'SENT' end, sent_at = :now, updated_at = :now,
                        version = version + 1 where mail_key = :key
                    """)
                .param("key", key(mail))
                .param("now", Timestamp.from(now))
                .update());
    metrics.sent();
  }

  /** It could not leave; the outbox tries again later. */
  void failed(OutgoingMail mail, Throwable error) {
    Instant now = clock.instant();
    String message =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    own.executeWithoutResult(
        status ->
            jdbc.sql(
                    """
                    update mail_log set status = 'FAILED', last_error = :error, updated_at = :now,
                        version = version + 1 where mail_key = :key
                    """)
                .param("key", key(mail))
                .param("error", cut(message, ERROR_LENGTH))
                .param("now", Timestamp.from(now))
                .update());
    metrics.failed();
  }

  /**
   * The logged mails, latest activity first; {@code search} matches the recipient or the subject,
   * {@code status} keeps one status.
   */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public Slice<Entry> search(String search, @Nullable Status status, Pageable page) {
    return search(search, status, null, page);
  }

  /**
   * As {@link #search(String, Status, Pageable)}, keeping only the mails whose last activity is in
   * the last {@code within} when given (the failures the admin's dashboard counts).
   */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public Slice<Entry> search(
      String search, @Nullable Status status, @Nullable Duration within, Pageable page) {
    Instant since = within == null ? null : clock.instant().minus(within);
    String like = Searches.containing(search);
    List<Entry> rows =
        reading.execute(
            tx ->
                jdbc.sql(
                        """
                        select * from mail_log where (lower(recipient) like :like
                            or lower(subject) like :like)
                          and (cast(:status as varchar) is null or status = :status)
                          and (cast(:since as timestamptz) is null or updated_at >= :since)
                        order by updated_at desc, id limit :limit offset :offset
                        """)
                    .param("like", like)
                    .param("status", status == null ? null : status.name())
                    .param("since", since == null ? null : Timestamp.from(since))
                    .param("limit", page.getPageSize() + 1)
                    .param("offset", page.getOffset())
                    .query(MailLog::entry)
                    .list());
    boolean more = rows.size() > page.getPageSize();
    return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
  }

  /** How many mails {@link #search(String, Status, Duration, Pageable)} finds over all pages. */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public long count(String search, @Nullable Status status, @Nullable Duration within) {
    Instant since = within == null ? null : clock.instant().minus(within);
    Long found =
        reading.execute(
            tx ->
                jdbc.sql(
                        """
                        select count(*) from mail_log where (lower(recipient) like :like
                            or lower(subject) like :like)
                          and (cast(:status as varchar) is null or status = :status)
                          and (cast(:since as timestamptz) is null or updated_at >= :since)
                        """)
                    .param("like", Searches.containing(search))
                    .param("status", status == null ? null : status.name())
                    .param("since", since == null ? null : Timestamp.from(since))
                    .query(Long.class)
                    .single());
    return found == null ? 0 : found;
  }

  /**
   * How many mails failed to leave and still have not, their last attempt within {@code within}:
   * the admin's dashboard counts them.
   */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public long failuresWithin(Duration within) {
    Instant since = clock.instant().minus(within);
    Long failed =
        reading.execute(
            tx ->
                jdbc.sql(
                        """
                        select count(*) from mail_log where status = 'FAILED'
                          and updated_at >= :since
                        """)
                    .param("since", Timestamp.from(since))
                    .query(Long.class)
                    .single());
    return failed == null ? 0 : failed;
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new Entry(
        rs.getObject("id", UUID.class),
        rs.getString("recipient"),
        rs.getString("template"),
        rs.getString("subject"),
        Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        sent == null ? null : sent.toInstant());
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
