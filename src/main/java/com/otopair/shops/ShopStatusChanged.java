package com.otopair.shops;

import com.otopair.base.AuditableEvent;
import com.otopair.base.LiveUpdate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An admin approved, deactivated or reactivated a shop. The owner is emailed; the audit log keeps
 * the decision and its reason.
 */
public record ShopStatusChanged(
    UUID shopId,
    String name,
    String slug,
    ShopStatus status,
    @Nullable String reason,
    String ownerName,
    String ownerEmail,
    String actor,
    @Nullable String clientAddress,
    Instant occurredAt)
    implements AuditableEvent, LiveUpdate {

  @Override
  public String action() {
    return switch (status) {
      case ACTIVE -> "SHOP_APPROVED";
      case DEACTIVATED -> "SHOP_DEACTIVATED";
      case PENDING_APPROVAL -> "SHOP_PENDING";
    };
  }

  @Override
  public String subject() {
    return "shop " + slug;
  }

  @Override
  public String detailsKey() {
    return switch (status) {
      case ACTIVE -> "shops.audit.approved";
      case DEACTIVATED -> "shops.audit.deactivated";
      case PENDING_APPROVAL -> "shops.audit.pending";
    };
  }

  /** The shop's name, and the reason of a deactivation. */
  @Override
  public List<String> detailsArgs() {
    return status == ShopStatus.DEACTIVATED ? List.of(name, String.valueOf(reason)) : List.of(name);
  }
}
