package com.otopair.consult.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A photo the customer added when asking for the session (at most five). */
@Entity
@Table(name = "consult_photos")
public class SessionPhoto extends AbstractEntity {

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "file_key", nullable = false, updatable = false)
  private String fileKey;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected SessionPhoto() {
    sessionId = UUID.randomUUID();
    fileKey = "";
    addedAt = Instant.EPOCH;
  }

  public SessionPhoto(UUID sessionId, int position, String fileKey, Instant addedAt) {
    this.sessionId = sessionId;
    this.position = position;
    this.fileKey = fileKey;
    this.addedAt = addedAt;
  }

  public UUID getSessionId() {
    return sessionId;
  }

  public int getPosition() {
    return position;
  }

  public String getFileKey() {
    return fileKey;
  }
}
