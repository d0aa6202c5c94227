package com.otopair.team.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.team.InvitationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An invitation of a mechanic, by email, to a shop's team. */
@Entity
@Table(name = "invitations")
public class Invitation extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "email", nullable = false, updatable = false, length = 254)
  private String email;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private InvitationStatus status = InvitationStatus.PENDING;

  @Column(name = "invited_by", nullable = false, updatable = false)
  private UUID invitedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "responded_at")
  private @Nullable Instant respondedAt;

  protected Invitation() {
    this(new UUID(0, 0), "", "", new UUID(0, 0), Instant.EPOCH, Instant.EPOCH.plusSeconds(1));
  }

  public Invitation(
      UUID shopId, String email, String tokenHash, UUID invitedBy, Instant now, Instant expiresAt) {
    this.shopId = shopId;
    this.email = email;
    this.tokenHash = tokenHash;
    this.invitedBy = invitedBy;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** The status as people see it: a pending invitation past its date has expired. */
  public InvitationStatus statusAt(Instant now) {
    return status == InvitationStatus.PENDING && !expiresAt.isAfter(now)
        ? InvitationStatus.EXPIRED
        : status;
  }

  /** A fresh link and a fresh week; the old link stops working. */
  public void renew(String tokenHash, Instant now, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public void respond(InvitationStatus status, Instant now) {
    this.status = status;
    this.respondedAt = now;
  }

  public UUID getShopId() {
    return shopId;
  }

  public String getEmail() {
    return email;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
