package com.otopair.reviews.ui;

import com.otopair.reviews.ReviewFeedback;
import com.otopair.reviews.ReviewReplies;
import com.otopair.reviews.ReviewStandings;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link ReviewActions} of review cards for the reader of the moment: one for a review,
 * or one per review of a page (its standings read at once). A review the reader can't see (hidden,
 * and neither theirs nor their shop's) gets none.
 */
@Component
public class ReviewActionsFactory {

  private final ReviewStandings standings;
  private final ReviewFeedback feedback;
  private final ReviewReplies replies;

  ReviewActionsFactory(ReviewStandings standings, ReviewFeedback feedback, ReviewReplies replies) {
    this.standings = standings;
    this.feedback = feedback;
    this.replies = replies;
  }

  public Optional<ReviewActions> forReview(UUID reviewId) {
    return standings.of(reviewId).map(s -> new ReviewActions(s, feedback, replies));
  }

  /** The actions of each review of a page, in the given order. */
  public Map<UUID, ReviewActions> forReviews(Collection<UUID> reviewIds) {
    Map<UUID, ReviewStandings.Standing> found = standings.of(reviewIds);
    Map<UUID, ReviewActions> actions = new LinkedHashMap<>();
    for (UUID id : reviewIds) {
      var standing = found.get(id);
      if (standing != null) {
        actions.put(id, new ReviewActions(standing, feedback, replies));
      }
    }
    return actions;
  }
}
