package com.otopair.shops.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A service on a shop's menu. */
@Entity
@Table(name = "offerings")
public class OfferingEntity extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "name", nullable = false, length = 120)
  private String name = "";

  @Column(name = "description", nullable = false, length = 1000)
  private String description = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 20)
  private OfferingCategory category = OfferingCategory.OTHER;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "price_minor", nullable = false)
  private long priceMinor;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency = "CAD";

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, length = 20)
  private OfferingMode mode = OfferingMode.IN_SHOP;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected OfferingEntity() {
    this(new UUID(0, 0), Instant.EPOCH);
  }

  public OfferingEntity(UUID shopId, Instant createdAt) {
    this.shopId = shopId;
    this.createdAt = createdAt;
  }

  public void describe(
      String name,
      String description,
      OfferingCategory category,
      int durationMinutes,
      long priceMinor,
      String currency,
      OfferingMode mode,
      boolean active) {
    this.name = name.trim();
    this.description = description.trim();
    this.category = category;
    this.durationMinutes = durationMinutes;
    this.priceMinor = priceMinor;
    this.currency = currency;
    this.mode = mode;
    this.active = active;
  }

  public UUID getShopId() {
    return shopId;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public OfferingCategory getCategory() {
    return category;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public long getPriceMinor() {
    return priceMinor;
  }

  public String getCurrency() {
    return currency;
  }

  public OfferingMode getMode() {
    return mode;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
