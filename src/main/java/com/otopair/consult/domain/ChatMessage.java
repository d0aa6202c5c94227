package com.otopair.consult.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A line of a session's chat, numbered by PostgreSQL in the order it arrived. A person's line has
 * an author and a body, a photo or a shared file; Otopair's own line (someone joined, time almost
 * up) has the key of its sentence and its values.
 */
@Entity
@Table(name = "consult_messages")
public class ChatMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false, updatable = false)
  private @Nullable Long id;

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "author_id", updatable = false)
  private @Nullable UUID authorId;

  @Column(name = "author_name", updatable = false)
  private @Nullable String authorName;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "body_key", updatable = false)
  private @Nullable String bodyKey;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "body_args", nullable = false, updatable = false)
  private String[] bodyArgs;

  @Column(name = "photo_key", updatable = false)
  private @Nullable String photoKey;

  @Column(name = "file_id", updatable = false)
  private @Nullable UUID fileId;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected ChatMessage() {
    sessionId = UUID.randomUUID();
    body = "";
    bodyArgs = new String[0];
    sentAt = Instant.EPOCH;
  }

  private ChatMessage(
      UUID sessionId,
      @Nullable UUID authorId,
      @Nullable String authorName,
      String body,
      @Nullable String bodyKey,
      List<String> bodyArgs,
      @Nullable String photoKey,
      Instant sentAt) {
    this.sessionId = sessionId;
    this.authorId = authorId;
    this.authorName = authorName;
    this.body = body;
    this.bodyKey = bodyKey;
    this.bodyArgs = bodyArgs.toArray(String[]::new);
    this.photoKey = photoKey;
    this.sentAt = sentAt;
  }

  public static ChatMessage written(
      UUID sessionId,
      UUID authorId,
      String authorName,
      String body,
      @Nullable String photoKey,
      Instant sentAt) {
    return new ChatMessage(
        sessionId, authorId, authorName, body, null, List.of(), photoKey, sentAt);
  }

  public static ChatMessage notice(
      UUID sessionId, String bodyKey, List<String> bodyArgs, Instant sentAt) {
    return new ChatMessage(sessionId, null, null, "", bodyKey, bodyArgs, null, sentAt);
  }

  public long getId() {
    return id == null ? 0 : id;
  }

  public UUID getSessionId() {
    return sessionId;
  }

  public @Nullable UUID getAuthorId() {
    return authorId;
  }

  public @Nullable String getAuthorName() {
    return authorName;
  }

  public String getBody() {
    return body;
  }

  public @Nullable String getBodyKey() {
    return bodyKey;
  }

  public List<String> getBodyArgs() {
    return List.of(bodyArgs);
  }

  public @Nullable String getPhotoKey() {
    return photoKey;
  }

  /** The shared file this line announces (see SessionFiles), if it announces one. */
  public @Nullable UUID getFileId() {
    return fileId;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
