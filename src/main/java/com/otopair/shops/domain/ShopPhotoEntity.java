package com.otopair.shops.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A photo on a shop's public page; position 0 is the cover. */
@Entity
@Table(name = "shop_photos")
public class ShopPhotoEntity extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "caption", nullable = false, length = 140)
  private String caption = "";

  @Column(name = "image_key", nullable = false, updatable = false, length = 200)
  private String imageKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ShopPhotoEntity() {
    this(new UUID(0, 0), 0, "", "", Instant.EPOCH);
  }

  public ShopPhotoEntity(
      UUID shopId, int position, String caption, String imageKey, Instant createdAt) {
    this.shopId = shopId;
    this.position = position;
    this.caption = caption;
    this.imageKey = imageKey;
    this.createdAt = createdAt;
  }

  public UUID getShopId() {
    return shopId;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public String getImageKey() {
    return imageKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
