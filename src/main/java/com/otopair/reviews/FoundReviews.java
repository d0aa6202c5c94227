package com.otopair.reviews;

import com.otopair.base.NotFoundException;
import com.otopair.reviews.domain.Review;
import com.otopair.reviews.domain.ReviewRepository;
import java.util.UUID;

/**
 * The one answer for a review that isn't there, or that people may not see: the same "not found",
 * so a hidden review gives nothing away.
 */
final class FoundReviews {

  private FoundReviews() {}

  /** The review with its row locked, hidden or not. */
  static Review locked(ReviewRepository reviews, UUID reviewId) {
    return reviews.lockById(reviewId).orElseThrow(FoundReviews::notFound);
  }

  /** The review if people see it: not hidden. */
  static Review visible(ReviewRepository reviews, UUID reviewId) {
    return reviews
        .findById(reviewId)
        .filter(r -> !r.isHidden())
        .orElseThrow(FoundReviews::notFound);
  }

  static NotFoundException notFound() {
    return new NotFoundException("reviews.review.missing");
  }
}
