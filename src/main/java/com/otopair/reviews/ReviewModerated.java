package com.otopair.reviews;

import com.otopair.base.AuditableEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An admin hid a review (with the reason its author and the shop are told), restored it, or kept it
 * against its reports. The audit log keeps who, what and why, its details a sentence of the reviews
 * bundle ({@code reviews.audit.*}); notifications tell the author and the shop's owners of a hidden
 * or restored review.
 */
public record ReviewModerated(
    String action,
    UUID reviewId,
    UUID shopId,
    UUID customerId,
    String authorName,
    String shopName,
    String serviceName,
    @Nullable String reason,
    @Nullable String actor,
    @Nullable String clientAddress,
    Instant occurredAt)
    implements AuditableEvent {

  public static final String HIDDEN = "REVIEW_HIDDEN";
  public static final String RESTORED = "REVIEW_RESTORED";
  public static final String KEPT = "REVIEW_KEPT";

  @Override
  public String subject() {
    return "review " + reviewId;
  }

  @Override
  public String detailsKey() {
    return switch (action) {
      case HIDDEN -> "reviews.audit.hidden";
      case RESTORED -> "reviews.audit.restored";
      default -> "reviews.audit.kept";
    };
  }

  @Override
  public List<String> detailsArgs() {
    return reason == null ? List.of(authorName, shopName) : List.of(authorName, shopName, reason);
  }

  public boolean hidden() {
    return HIDDEN.equals(action);
  }

  public boolean restored() {
    return RESTORED.equals(action);
  }
}
