package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.I18n;
import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ChatMessage;
import com.otopair.consult.domain.ChatMessageRepository;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
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

  private final ConsultSessionRepository sessions;
  private final ChatMessageRepository messages;
  private final SessionAccess access;
  private final FileStore files;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SessionChat(
      ConsultSessionRepository sessions,
      ChatMessageRepository messages,
      SessionAccess access,
      FileStore files,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sessions = sessions;
    this.messages = messages;
    this.access = access;
    this.files = files;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
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
    return write(sessionId, body, null);
  }

  /** Sends a photo in the session's chat (PNG, JPEG or WebP). */
  public ChatLine postPhoto(UUID sessionId, byte[] image) {
    Images.Picture picture = Images.photo(image, "photo");
    writable(access.participant(sessionId));
    String key = files.put("session-photos", picture.content(), picture.contentType());
    try {
      return write(sessionId, "", key);
    } catch (ConflictException closed) {
      files.delete(key);
      throw closed;
    }
  }

  /**
   * The lines after {@code afterId} (0 for all), in order, for its people, its shop and support.
   */
  @Transactional(readOnly = true)
  public List<ChatLine> after(UUID sessionId, long afterId) {
    access.visible(sessionId);
    return messages.after(sessionId, afterId).stream().map(SessionChat::line).toList();
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

  /**
   * Writes a person's line in one statement that reads the session: only while it is active and
   * only by its customer or its mechanic. The statement locks the session's row, so a line and the
   * session's end never cross: a line is either written before the end notice or refused.
   */
  private ChatLine write(UUID sessionId, String body, @Nullable String photoKey) {
    SignedInUser me = CurrentUser.require();
    ConsultSession session = access.participant(sessionId);
    Instant now = clock.instant();
    List<Long> written =
        jdbc.queryForList(
            "insert into consult_messages"
                + " (session_id, author_id, author_name, body, photo_key, sent_at)"
                + " select id, ?, ?, ?, ?, ? from consult_sessions where id = ?"
                + " and status = 'ACTIVE' and (customer_id = ? or mechanic_id = ?)"
                + " for no key update returning id",
            Long.class,
            me.id(),
            me.displayName(),
            body,
            photoKey,
            Timestamp.from(now),
            sessionId,
            me.id(),
            me.id());
    if (written.isEmpty()) {
      throw new ConflictException("consult.chat.closed");
    }
    if (me.id().equals(session.getMechanicId())) {
      sessions.mechanicWrote(sessionId, me.id(), now);
    }
    events.publishEvent(new ChatPosted(sessionId));
    return new ChatLine(
        written.getFirst(),
        me.id(),
        me.displayName(),
        body,
        photoKey == null ? null : FileStore.url(photoKey),
        now);
  }

  private static void writable(ConsultSession session) {
    if (session.getStatus() != SessionStatus.ACTIVE) {
      throw new ConflictException("consult.chat.closed");
    }
  }

  static ChatLine line(ChatMessage m) {
    String text =
        m.getBodyKey() == null ? m.getBody() : I18n.t(m.getBodyKey(), m.getBodyArgs().toArray());
    return new ChatLine(
        m.getId(),
        m.getAuthorId(),
        m.getAuthorName(),
        text,
        m.getPhotoKey() == null ? null : FileStore.url(m.getPhotoKey()),
        m.getSentAt());
  }
}
