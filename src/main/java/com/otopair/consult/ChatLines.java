package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.I18n;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ChatMessage;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.SharedFile;
import com.otopair.consult.domain.SharedFileRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a person's chat lines (words or a shared file) and shows lines to a reader, with links to
 * their files signed for that reader. Runs inside the calling service's transaction.
 */
@Component
class ChatLines {

  private final ConsultSessionRepository sessions;
  private final SharedFileRepository files;
  private final SessionFileLinks links;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ChatLines(
      ConsultSessionRepository sessions,
      SharedFileRepository files,
      SessionFileLinks links,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sessions = sessions;
    this.files = files;
    this.links = links;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Writes a person's line in one statement that reads the session: only while it is active and
   * only by its customer or its mechanic. The statement locks the session's row, so a line and the
   * session's end never cross: a line is either written before the end notice or refused.
   */
  ChatLine write(ConsultSession session, String body, @Nullable SessionFile file) {
    SignedInUser me = CurrentUser.require();
    Instant now = clock.instant();
    List<Long> written =
        jdbc.queryForList(
            "insert into consult_messages"
                + " (session_id, author_id, author_name, body, file_id, sent_at)"
                + " select id, ?, ?, ?, ?, ? from consult_sessions where id = ?"
                + " and status = 'ACTIVE' and (customer_id = ? or mechanic_id = ?)"
                + " for no key update returning id",
            Long.class,
            me.id(),
            me.displayName(),
            body,
            file == null ? null : file.id(),
            Timestamp.from(now),
            session.getId(),
            me.id(),
            me.id());
    if (written.isEmpty()) {
      throw new ConflictException("consult.chat.closed");
    }
    if (me.id().equals(session.getMechanicId())) {
      sessions.mechanicWrote(session.getId(), me.id(), now);
    }
    events.publishEvent(new ChatPosted(session.getId()));
    return new ChatLine(written.getFirst(), me.id(), me.displayName(), body, null, now, file);
  }

  /** The lines as the signed-in reader of {@code session} sees them. */
  List<ChatLine> read(ConsultSession session, List<ChatMessage> messages) {
    List<UUID> fileIds =
        messages.stream().map(ChatMessage::getFileId).filter(Objects::nonNull).toList();
    Map<UUID, SharedFile> shared =
        fileIds.isEmpty()
            ? Map.of()
            : files.findAllById(fileIds).stream()
                .collect(Collectors.toMap(SharedFile::getId, Function.identity()));
    @Nullable UUID reader = participant(session);
    return messages.stream()
        .map(
            m -> {
              SharedFile file = m.getFileId() == null ? null : shared.get(m.getFileId());
              return line(m, file == null ? null : view(file, reader));
            })
        .toList();
  }

  /** The file as {@code reader} sees it: with a link signed for them, or none (null reader). */
  SessionFile view(SharedFile f, @Nullable UUID reader) {
    return new SessionFile(
        f.getId(),
        f.getSessionId(),
        f.getUploaderId(),
        f.getName(),
        f.getContentType(),
        f.getSizeBytes(),
        f.getFileKey(),
        reader == null ? null : links.url(f.getId(), reader),
        f.getSharedAt());
  }

  /** The signed-in user if they take part in the session (only they download its files). */
  static @Nullable UUID participant(ConsultSession session) {
    UUID me = CurrentUser.require().id();
    return me.equals(session.getCustomerId()) || me.equals(session.getMechanicId()) ? me : null;
  }

  private static ChatLine line(ChatMessage m, @Nullable SessionFile file) {
    String text =
        m.getBodyKey() == null ? m.getBody() : I18n.t(m.getBodyKey(), m.getBodyArgs().toArray());
    return new ChatLine(
        m.getId(),
        m.getAuthorId(),
        m.getAuthorName(),
        text,
        m.getPhotoKey() == null ? null : FileStore.url(m.getPhotoKey()),
        m.getSentAt(),
        file);
  }
}
