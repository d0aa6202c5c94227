package com.otopair.reviews;

import com.otopair.base.ClientAddress;
import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.reviews.domain.Review;
import com.otopair.reviews.domain.ReviewRepository;
import com.otopair.shops.ShopMembership;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin decides about a review: hide it for a reason its author and the shop are told (it
 * counts nowhere while hidden), restore it, or keep it against its reports. Each resolves the
 * review's open reports and is audited.
 *
 * <p>Each acts on the review as the admin saw it ({@code version}): under its row lock, a review
 * another admin changed meanwhile is refused ("look again"), so of two admins hiding it at once one
 * does, and a stale screen never undoes a colleague's decision.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ReviewModeration {

  /** The longest reason for hiding a review. */
  public static final int MAX_REASON = 500;

  private final ReviewRepository reviews;
  private final ReviewCounts counts;
  private final ShopMembership shops;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReviewModeration(
      ReviewRepository reviews,
      ReviewCounts counts,
      ShopMembership shops,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.reviews = reviews;
    this.counts = counts;
    this.shops = shops;
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /** Hides a visible review for {@code reason}, shown to its author and the shop. */
  public void hide(UUID reviewId, long version, @Nullable String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "reviews.hide.reason.required");
    }
    if (why.length() > MAX_REASON) {
      throw new InvalidRequestException(
          "reason", "reviews.hide.reason.too-long", String.valueOf(MAX_REASON));
    }
    PlainText.requireLines("reason", why);
    Review review = asSeen(reviewId, version);
    if (review.isHidden()) {
      throw new ConflictException("reviews.moderation.changed");
    }
    SignedInUser me = CurrentUser.require();
    Instant now = clock.instant();
    counts.countOut(review);
    review.hide(why, me.id(), now);
    resolveReports(review, "HIDDEN", me, now);
    publish(ReviewModerated.HIDDEN, review, why, me, now);
  }

  /**
   * Shows a hidden review again: it counts again, and any open report of it is resolved as kept.
   */
  public void restore(UUID reviewId, long version) {
    Review review = asSeen(reviewId, version);
    if (!review.isHidden()) {
      throw new ConflictException("reviews.moderation.changed");
    }
    SignedInUser me = CurrentUser.require();
    Instant now = clock.instant();
    review.restore();
    counts.countIn(review);
    resolveReports(review, "KEPT", me, now);
    publish(ReviewModerated.RESTORED, review, null, me, now);
  }

  /** Keeps a visible review as it is: its open reports are resolved as kept. */
  public void keep(UUID reviewId, long version) {
    Review review = asSeen(reviewId, version);
    if (review.isHidden()) {
      throw new ConflictException("reviews.moderation.changed");
    }
    SignedInUser me = CurrentUser.require();
    Instant now = clock.instant();
    if (resolveReports(review, "KEPT", me, now) == 0) {
      throw new ConflictException("reviews.moderation.no-reports");
    }
    publish(ReviewModerated.KEPT, review, null, me, now);
  }

  /** The review, locked, if nobody changed it since the admin saw it at {@code version}. */
  private Review asSeen(UUID reviewId, long version) {
    Review review = FoundReviews.locked(reviews, reviewId);
    Long now = review.getVersion();
    if (now == null || now != version) {
      throw new ConflictException("reviews.moderation.changed");
    }
    return review;
  }

  private int resolveReports(Review review, String resolution, SignedInUser me, Instant at) {
    return jdbc.update(
        "update review_reports set resolved_at = ?, resolution = ?, resolved_by = ?"
            + " where review_id = ? and resolved_at is null",
        Timestamp.from(at),
        resolution,
        me.id(),
        review.getId());
  }

  private void publish(
      String action, Review review, @Nullable String reason, SignedInUser me, Instant at) {
    events.publishEvent(
        new ReviewModerated(
            action,
            review.getId(),
            review.getShopId(),
            review.getCustomerId(),
            review.getAuthorName(),
            shops.shopName(review.getShopId()),
            review.getServiceName(),
            reason,
            me.email(),
            ClientAddress.current(),
            at));
  }
}
