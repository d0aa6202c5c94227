package com.otopair.notifications.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line in a user's notifications: a milestone of their bookings, jobs or payments and the page
 * (a relative route) that shows it. Created by the inbox listeners, read and marked read by its
 * user.
 */
@Entity
@Table(name = "notifications")
public class Notification extends AbstractEntity {

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "kind", nullable = false, length = 40, updatable = false)
  private String kind;

  @Column(name = "title", nullable = false, length = 200, updatable = false)
  private String title;

  @Column(name = "body", nullable = false, length = 500, updatable = false)
  private String body;

  @Column(name = "link", nullable = false, length = 500, updatable = false)
  private String link;

  @Column(name = "dedupe_key", nullable = false, length = 200, updatable = false)
  private String dedupeKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private @Nullable Instant readAt;

  protected Notification() {
    this(new UUID(0, 0), "", "", "", "", "", Instant.EPOCH);
  }

  public Notification(
      UUID userId,
      String kind,
      String title,
      String body,
      String link,
      String dedupeKey,
      Instant createdAt) {
    this.userId = userId;
    this.kind = kind;
    this.title = title;
    this.body = body;
    this.link = link;
    this.dedupeKey = dedupeKey;
    this.createdAt = createdAt;
  }

  public UUID getUserId() {
    return userId;
  }

  public String getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public String getDedupeKey() {
    return dedupeKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable Instant getReadAt() {
    return readAt;
  }

  /** Marks it read now, unless it already was. */
  public void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }
}
