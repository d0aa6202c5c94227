package com.otopair.identity.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A single-use token sent by email. Only its SHA-256 hash is stored, so a leaked database does not
 * leak working links.
 */
@Entity
@Table(name = "email_tokens")
public class EmailToken extends AbstractEntity {

  public enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD,
    CHANGE_EMAIL
  }

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false, length = 20)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "new_email", updatable = false, length = 254)
  private @Nullable String newEmail;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private @Nullable Instant usedAt;

  protected EmailToken() {
    this.userId = new UUID(0, 0);
    this.purpose = Purpose.VERIFY_EMAIL;
    this.tokenHash = "";
    this.createdAt = Instant.EPOCH;
    this.expiresAt = Instant.EPOCH;
  }

  public EmailToken(
      UUID userId,
      Purpose purpose,
      String tokenHash,
      @Nullable String newEmail,
      Instant createdAt,
      Instant expiresAt) {
    this.userId = userId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.newEmail = newEmail;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public UUID getUserId() {
    return userId;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public @Nullable String getNewEmail() {
    return newEmail;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public boolean isUsed() {
    return usedAt != null;
  }
}
