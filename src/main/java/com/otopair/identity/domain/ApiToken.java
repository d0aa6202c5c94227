package com.otopair.identity.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.identity.ApiTokenScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A bearer token for the REST API, acting as the user who issued it until revoked. Only its SHA-256
 * hash is stored; {@link #getHint()} is its first characters, shown to tell tokens apart.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken extends AbstractEntity {

  /**
   * How stale {@link #getLastUsedAt()} may get, so that a busy client does not write every call.
   */
  public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "name", nullable = false, updatable = false, length = 60)
  private String name;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "hint", nullable = false, updatable = false, length = 12)
  private String hint;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope", nullable = false, updatable = false, length = 16)
  private ApiTokenScope scope;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private @Nullable Instant lastUsedAt;

  @Column(name = "revoked_at")
  private @Nullable Instant revokedAt;

  protected ApiToken() {
    this.userId = new UUID(0, 0);
    this.name = "";
    this.tokenHash = "";
    this.hint = "";
    this.scope = ApiTokenScope.CUSTOMER;
    this.createdAt = Instant.EPOCH;
  }

  public ApiToken(UUID userId, String name, String tokenHash, String hint, Instant createdAt) {
    this(userId, name, tokenHash, hint, ApiTokenScope.CUSTOMER, createdAt);
  }

  public ApiToken(
      UUID userId,
      String name,
      String tokenHash,
      String hint,
      ApiTokenScope scope,
      Instant createdAt) {
    this.userId = userId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.hint = hint;
    this.scope = scope;
    this.createdAt = createdAt;
  }

  public boolean isLive() {
    return revokedAt == null;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public UUID getUserId() {
    return userId;
  }

  public String getName() {
    return name;
  }

  public String getHint() {
    return hint;
  }

  public ApiTokenScope getScope() {
    return scope;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public @Nullable Instant getRevokedAt() {
    return revokedAt;
  }
}
