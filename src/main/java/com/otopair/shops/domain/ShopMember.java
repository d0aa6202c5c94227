package com.otopair.shops.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's place in a shop: its OWNER or one of its MECHANICs. One per user and shop. */
@Entity
@Table(name = "shop_members")
public class ShopMember extends AbstractEntity {

  public static final String OWNER = "OWNER";
  public static final String MECHANIC = "MECHANIC";

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "role", nullable = false, length = 20)
  private String role;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private Instant joinedAt;

  protected ShopMember() {
    this(new UUID(0, 0), new UUID(0, 0), OWNER, Instant.EPOCH);
  }

  public ShopMember(UUID shopId, UUID userId, String role, Instant joinedAt) {
    this.shopId = shopId;
    this.userId = userId;
    this.role = role;
    this.joinedAt = joinedAt;
  }

  public UUID getShopId() {
    return shopId;
  }

  public UUID getUserId() {
    return userId;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }

  public String getRole() {
    return role;
  }
}
