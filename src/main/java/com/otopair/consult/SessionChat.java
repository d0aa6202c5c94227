package com.otopair.consult;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ChatMessageRepository;
import com.otopair.consult.domain.ConsultSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's chat and who has its page open. Only its customer and its mechanic write, and only
 * while it is active; lines keep the order PostgreSQL received them in.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SessionChat {

  public static final int MAX_TEXT = 4000;

  private final ChatMessageRepository messages;
  private final SessionAccess access;
  private final ChatLines lines;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ConsultMetrics metrics;

  SessionChat(
      ChatMessageRepository messages,
      SessionAccess access,
      ChatLines lines,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      Clock clock,
      ConsultMetrics metrics) {
    this.messages = messages;
    this.access = access;
    this.lines = lines;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Writes a line in the session's chat. */
  public ChatLine post(UUID sessionId, String text) {
    String body = text.strip();
    if (body.isEmpty()) {
      throw new InvalidRequestException("message", "consult.chat.message.required");
    }
    if (body.length() > MAX_TEXT) {
      throw new InvalidRequestException(
          "message", "consult.chat.message.too-long", String.valueOf(MAX_TEXT));
    }
    PlainText.requireLines("message", body);
    return lines.write(access.participant(sessionId), body, null);
  }

  /**
   * The lines after {@code afterId} (0 for all), in order, for its people, its shop and support.
   */
  @Transactional(readOnly = true)
  public List<ChatLine> after(UUID sessionId, long afterId) {
    ConsultSession session = access.visible(sessionId);
    return lines.read(session, messages.after(sessionId, afterId));
  }

  /**
   * The signed-in user's open page just showed {@code shown}, lines that arrived while it was open:
   * each line the other party wrote counts its delivery time, from posted to shown. Reads nothing.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void shown(List<ChatLine> shown) {
    UUID me = CurrentUser.get().map(SignedInUser::id).orElse(null);
    if (me == null) {
      return;
    }
    Instant now = clock.instant();
    for (ChatLine line : shown) {
      UUID author = line.authorId();
      if (author != null && !author.equals(me)) {
        metrics.delivered(Duration.between(line.sentAt(), now));
      }
    }
  }

  /** The signed-in user opened the session's page ({@code connection} names that page). */
  public void connect(UUID sessionId, UUID connection) {
    SignedInUser me = CurrentUser.require();
    access.participant(sessionId);
    jdbc.update(
        "insert into consult_presence (connection_id, session_id, user_id, seen_at)"
            + " values (?, ?, ?, ?) on conflict (connection_id) do update set seen_at = excluded.seen_at",
        connection,
        sessionId,
        me.id(),
        Timestamp.from(clock.instant()));
    events.publishEvent(new PresenceChanged(sessionId));
  }

  /** The page is still open (the browser's heartbeat). */
  @PreAuthorize("permitAll()")
  public void stillThere(UUID connection) {
    jdbc.update(
        "update consult_presence set seen_at = ? where connection_id = ?",
        Timestamp.from(clock.instant()),
        connection);
  }

  /** The page closed. */
  @PreAuthorize("permitAll()")
  public void disconnect(UUID sessionId, UUID connection) {
    if (jdbc.update("delete from consult_presence where connection_id = ?", connection) > 0) {
      events.publishEvent(new PresenceChanged(sessionId));
    }
  }

  /** Who among the session's people has its page open now. */
  @Transactional(readOnly = true)
  public Set<UUID> connected(UUID sessionId) {
    access.visible(sessionId);
    return jdbc
        .queryForList(
            "select distinct user_id from consult_presence where session_id = ? and seen_at > ?",
            UUID.class,
            sessionId,
            Timestamp.from(clock.instant().minus(MechanicPresence.GONE_AFTER)))
        .stream()
        .collect(Collectors.toSet());
  }
}
