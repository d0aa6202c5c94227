package com.otopair.consult.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A file shared in a session's chat: its bytes are in the file store under {@code fileKey}; its
 * type was read from those bytes. Written once, in the same statement that checks the session runs
 * (see SessionFiles), and never changed.
 */
@Entity
@Table(name = "consult_files")
public class SharedFile {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "uploader_id", nullable = false, updatable = false)
  private UUID uploaderId;

  @Column(name = "name", nullable = false, updatable = false)
  private String name;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Column(name = "file_key", nullable = false, updatable = false)
  private String fileKey;

  @Column(name = "shared_at", nullable = false, updatable = false)
  private Instant sharedAt;

  protected SharedFile() {
    id = UUID.randomUUID();
    sessionId = id;
    uploaderId = id;
    name = "";
    contentType = "";
    fileKey = "";
    sharedAt = Instant.EPOCH;
  }

  public UUID getId() {
    return id;
  }

  public UUID getSessionId() {
    return sessionId;
  }

  public UUID getUploaderId() {
    return uploaderId;
  }

  public String getName() {
    return name;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public String getFileKey() {
    return fileKey;
  }

  public Instant getSharedAt() {
    return sharedAt;
  }
}
