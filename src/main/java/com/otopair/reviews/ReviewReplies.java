package com.otopair.reviews;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotAllowedException;
import com.otopair.base.PlainText;
import com.otopair.reviews.domain.Review;
import com.otopair.reviews.domain.ReviewRepository;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's public answer to a review: its owner's alone (not its mechanics', not an admin's in
 * the shop's name), one per review, which a second answer edits.
 */
@Service
@Transactional
public class ReviewReplies {

  /** The longest answer. */
  public static final int MAX_REPLY = 2000;

  private final ReviewRepository reviews;
  private final ShopMembership shops;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReviewReplies(
      ReviewRepository reviews,
      ShopMembership shops,
      ApplicationEventPublisher events,
      Clock clock) {
    this.reviews = reviews;
    this.shops = shops;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Answers the review as its shop's owner, or edits the answer given; its author is told of a
   * first answer. Under the review's row lock, so two answers at once leave one, the later.
   */
  @PreAuthorize("isAuthenticated()")
  public void answer(UUID reviewId, @Nullable String text) {
    answerAs(CurrentUser.require().id(), reviewId, text);
  }

  /** {@link #answer} as {@code ownerId}: the signed-in owner, or the demo's. */
  void answerAs(UUID ownerId, UUID reviewId, @Nullable String text) {
    String reply = text == null ? "" : text.strip();
    if (reply.isEmpty()) {
      throw new InvalidRequestException("reply", "reviews.reply.required");
    }
    if (reply.length() > MAX_REPLY) {
      throw new InvalidRequestException(
          "reply", "reviews.reply.too-long", String.valueOf(MAX_REPLY));
    }
    PlainText.requireLines("reply", reply);
    Review review = FoundReviews.locked(reviews, reviewId);
    if (!shops.isOwner(review.getShopId(), ownerId)) {
      if (review.isHidden()) {
        throw FoundReviews.notFound();
      }
      throw new NotAllowedException("reviews.reply.owner-only");
    }
    if (review.isHidden()) {
      throw new InvalidRequestException(null, "reviews.reply.hidden");
    }
    boolean edited = review.getReply() != null;
    Instant now = clock.instant();
    review.answer(reply, now);
    events.publishEvent(
        new ReviewAnswered(
            review.getId(),
            review.getShopId(),
            review.getCustomerId(),
            review.getServiceName(),
            edited,
            now));
  }
}
