package com.otopair.reviews.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's review of one completed booking or live session (exactly one of the two). Its text
 * and stars change through {@link #revise}; its reply through {@link #answer}; hiding through
 * {@link #hide} and {@link #restore}. {@code helpful_count} is changed only by relative updates in
 * {@link ReviewRepository}, so it is read-only here.
 */
@Entity
@Table(name = "reviews")
public class Review extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "mechanic_id", updatable = false)
  private @Nullable UUID mechanicId;

  @Column(name = "booking_id", updatable = false)
  private @Nullable UUID bookingId;

  @Column(name = "session_id", updatable = false)
  private @Nullable UUID sessionId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(name = "service_name", nullable = false, updatable = false)
  private String serviceName;

  @Column(name = "served_at", nullable = false, updatable = false)
  private Instant servedAt;

  @Column(name = "stars", nullable = false)
  private short stars;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "recommend", nullable = false)
  private boolean recommend;

  @Column(name = "posted_at", nullable = false, updatable = false)
  private Instant postedAt;

  @Column(name = "edited_at")
  private @Nullable Instant editedAt;

  @Column(name = "helpful_count", nullable = false, insertable = false, updatable = false)
  private int helpfulCount;

  @Column(name = "reply")
  private @Nullable String reply;

  @Column(name = "replied_at")
  private @Nullable Instant repliedAt;

  @Column(name = "reply_edited_at")
  private @Nullable Instant replyEditedAt;

  @Column(name = "hidden_at")
  private @Nullable Instant hiddenAt;

  @Column(name = "hidden_reason")
  private @Nullable String hiddenReason;

  @Column(name = "hidden_by")
  private @Nullable UUID hiddenBy;

  protected Review() {
    // for JPA
    this.shopId = new UUID(0, 0);
    this.customerId = new UUID(0, 0);
    this.authorName = "";
    this.serviceName = "";
    this.servedAt = Instant.EPOCH;
    this.body = "";
    this.postedAt = Instant.EPOCH;
  }

  /** A review of a booking ({@code bookingId}) or a live session ({@code sessionId}). */
  public Review(
      UUID shopId,
      @Nullable UUID mechanicId,
      @Nullable UUID bookingId,
      @Nullable UUID sessionId,
      UUID customerId,
      String authorName,
      String serviceName,
      Instant servedAt,
      int stars,
      String body,
      boolean recommend,
      Instant postedAt) {
    this.shopId = shopId;
    this.mechanicId = mechanicId;
    this.bookingId = bookingId;
    this.sessionId = sessionId;
    this.customerId = customerId;
    this.authorName = authorName;
    this.serviceName = serviceName;
    this.servedAt = servedAt;
    this.stars = (short) stars;
    this.body = body;
    this.recommend = recommend;
    this.postedAt = postedAt;
  }

  /** The author's edit: new stars, text and recommendation. */
  public void revise(int stars, String body, boolean recommend, Instant at) {
    this.stars = (short) stars;
    this.body = body;
    this.recommend = recommend;
    this.editedAt = at;
  }

  /** The owner's public answer, first or edited. */
  public void answer(String text, Instant at) {
    if (this.reply == null) {
      this.repliedAt = at;
    } else {
      this.replyEditedAt = at;
    }
    this.reply = text;
  }

  public void hide(String reason, UUID by, Instant at) {
    this.hiddenAt = at;
    this.hiddenReason = reason;
    this.hiddenBy = by;
  }

  public void restore() {
    this.hiddenAt = null;
    this.hiddenReason = null;
    this.hiddenBy = null;
  }

  public UUID getShopId() {
    return shopId;
  }

  public @Nullable UUID getMechanicId() {
    return mechanicId;
  }

  public @Nullable UUID getBookingId() {
    return bookingId;
  }

  public @Nullable UUID getSessionId() {
    return sessionId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getServiceName() {
    return serviceName;
  }

  public Instant getServedAt() {
    return servedAt;
  }

  public int getStars() {
    return stars;
  }

  public String getBody() {
    return body;
  }

  public boolean isRecommend() {
    return recommend;
  }

  public Instant getPostedAt() {
    return postedAt;
  }

  public @Nullable Instant getEditedAt() {
    return editedAt;
  }

  public int getHelpfulCount() {
    return helpfulCount;
  }

  public @Nullable String getReply() {
    return reply;
  }

  public @Nullable Instant getRepliedAt() {
    return repliedAt;
  }

  public @Nullable Instant getReplyEditedAt() {
    return replyEditedAt;
  }

  public boolean isHidden() {
    return hiddenAt != null;
  }

  public @Nullable Instant getHiddenAt() {
    return hiddenAt;
  }

  public @Nullable String getHiddenReason() {
    return hiddenReason;
  }

  public @Nullable UUID getHiddenBy() {
    return hiddenBy;
  }
}
