package com.otopair.shops;

import com.otopair.base.AuditableEvent;
import com.otopair.base.LiveUpdate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An owner submitted a new shop; it awaits an admin's approval. */
public record ShopSubmitted(
    UUID shopId,
    String name,
    String slug,
    String ownerEmail,
    @Nullable String clientAddress,
    Instant occurredAt)
    implements AuditableEvent, LiveUpdate {

  @Override
  public String action() {
    return "SHOP_SUBMITTED";
  }

  @Override
  public String actor() {
    return ownerEmail;
  }

  @Override
  public String subject() {
    return "shop " + slug;
  }

  @Override
  public String detailsKey() {
    return "shops.audit.submitted";
  }

  @Override
  public List<String> detailsArgs() {
    return List.of(name);
  }
}
