package com.otopair.shops.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A slug a shop used before; its old links keep leading to the shop. */
@Entity
@Table(name = "shop_slug_redirects")
public class SlugRedirect {

  @Id
  @Column(name = "slug", length = 40)
  private String slug;

  @Column(name = "shop_id", nullable = false)
  private UUID shopId;

  protected SlugRedirect() {
    this("", new UUID(0, 0));
  }

  public SlugRedirect(String slug, UUID shopId) {
    this.slug = slug;
    this.shopId = shopId;
  }

  public UUID getShopId() {
    return shopId;
  }
}
