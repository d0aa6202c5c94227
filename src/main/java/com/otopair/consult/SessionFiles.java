package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.NotFoundException;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.SharedFileRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files shared in a session's chat: photos (JPEG, PNG, WebP, HEIC) and PDFs of at most 10 MB, typed
 * by their bytes, sent and downloaded by the session's customer and its mechanic alone, and only
 * while it runs. A file and the chat line announcing it are written together or not at all; the
 * shop's other people and support see the line, not the file (see SessionAccess).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SessionFiles {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** What the chat's upload accepts (the bytes decide; these only filter the file picker). */
  public static final String[] ACCEPTED = {
    "image/jpeg", "image/png", "image/webp", "image/heic", ".heic", "application/pdf"
  };

  static final int MAX_NAME = 200;

  private final SessionAccess access;
  private final ChatLines lines;
  private final SharedFileRepository files;
  private final SessionFileLinks links;
  private final FileStore store;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  SessionFiles(
      SessionAccess access,
      ChatLines lines,
      SharedFileRepository files,
      SessionFileLinks links,
      FileStore store,
      JdbcTemplate jdbc,
      Clock clock) {
    this.access = access;
    this.lines = lines;
    this.files = files;
    this.links = links;
    this.store = store;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Shares a file in the session's chat, named {@code name} (shown, never trusted for its type).
   * The file row is written by a statement that locks the session's row and checks it is active and
   * the sender takes part, so a file racing the session's end is recorded before it or refused; the
   * stored bytes are removed again whenever the transaction does not commit.
   */
  public ChatLine share(UUID sessionId, String name, byte[] content) {
    String type = SessionFileTypes.of(content);
    SignedInUser me = CurrentUser.require();
    ConsultSession session = access.participant(sessionId);
    if (session.getStatus() != SessionStatus.ACTIVE) {
      throw new ConflictException("consult.chat.closed");
    }
    String key = store.put("session-files", content, type);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              store.delete(key);
            }
          }
        });
    UUID id = UUID.randomUUID();
    String fileName = fileName(name, type);
    Instant now = clock.instant();
    int recorded =
        jdbc.update(
            "insert into consult_files"
                + " (id, session_id, uploader_id, name, content_type, size_bytes, file_key, shared_at)"
                + " select ?, id, ?, ?, ?, ?, ?, ? from consult_sessions where id = ?"
                + " and status = 'ACTIVE' and (customer_id = ? or mechanic_id = ?)"
                + " for no key update",
            id,
            me.id(),
            fileName,
            type,
            content.length,
            key,
            Timestamp.from(now),
            sessionId,
            me.id(),
            me.id());
    if (recorded == 0) {
      throw new ConflictException("consult.chat.closed");
    }
    var file =
        new SessionFile(
            id,
            sessionId,
            me.id(),
            fileName,
            type,
            content.length,
            key,
            links.url(id, me.id()),
            now);
    return lines.write(session, "", file);
  }

  /**
   * The session's photos a browser can show (JPEG, PNG, WebP; not HEIC), oldest first, each with a
   * link signed for the caller, who must be the session's customer or its mechanic.
   */
  @Transactional(readOnly = true)
  public List<SessionFile> images(UUID sessionId) {
    ConsultSession session = access.participant(sessionId);
    UUID me = CurrentUser.require().id();
    return files
        .findBySessionIdAndContentTypeInOrderBySharedAtAscIdAsc(
            session.getId(), SessionFileTypes.SHOWN)
        .stream()
        .map(f -> lines.view(f, me))
        .toList();
  }

  /** A fresh link to one of the session's files, for its customer or its mechanic. */
  @Transactional(readOnly = true)
  public String link(UUID fileId) {
    var file =
        files.findById(fileId).orElseThrow(() -> new NotFoundException("consult.files.not-found"));
    access.participant(file.getSessionId());
    return links.url(fileId, CurrentUser.require().id());
  }

  /**
   * The name people see: without any folder, control or formatting characters (a right-to-left
   * override, U+202E, makes a program's name read as a PDF's) or surrounding spaces, at most {@link
   * #MAX_NAME} characters, and ending the way its real type does (a PDF called {@code invoice.exe}
   * becomes {@code invoice.exe.pdf}).
   */
  static String fileName(String uploaded, String type) {
    String name =
        uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
    name = visible(name).strip();
    String extension = SessionFileTypes.extension(type);
    String lower = name.toLowerCase(Locale.ROOT);
    boolean typed =
        lower.endsWith(extension)
            || (type.equals(SessionFileTypes.JPEG) && lower.endsWith(".jpeg"))
            || (type.equals(SessionFileTypes.HEIC) && lower.endsWith(".heif"));
    if (name.isEmpty()) {
      name = "file"; // i18n: a file name, not a sentence
    }
    if (!typed) {
      name = name + extension;
    }
    if (name.length() > MAX_NAME) {
      int keep = MAX_NAME - extension.length();
      if (Character.isHighSurrogate(name.charAt(keep - 1))) {
        keep--;
      }
      name = name.substring(0, keep) + extension;
    }
    return name;
  }

  /** The text without control, formatting, private-use or unassigned characters. */
  private static String visible(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c -> {
              int type = Character.getType(c);
              return type != Character.CONTROL
                  && type != Character.FORMAT
                  && type != Character.PRIVATE_USE
                  && type != Character.SURROGATE
                  && type != Character.UNASSIGNED;
            })
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
