package com.otopair.reviews.ui;

import com.otopair.reviews.PublishedReview;
import com.otopair.reviews.ReviewFeedback;
import com.otopair.reviews.ReviewReplies;
import com.otopair.reviews.ReviewStandings;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Puts {@link ReviewActions} (helpful, report, the owner's reply) below every published review's
 * card; the card shows the shop's answer itself.
 */
@Service
class ModerationCardActions implements ReviewCardActions {

  private final ReviewStandings standings;
  private final ReviewFeedback feedback;
  private final ReviewReplies replies;

  ModerationCardActions(ReviewStandings standings, ReviewFeedback feedback, ReviewReplies replies) {
    this.standings = standings;
    this.feedback = feedback;
    this.replies = replies;
  }

  @Override
  public Optional<Component> actionsFor(PublishedReview review) {
    return Optional.of(new ReviewActions(standings.of(review), feedback, replies, false));
  }
}
