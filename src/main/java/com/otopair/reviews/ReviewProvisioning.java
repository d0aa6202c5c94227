package com.otopair.reviews;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers and reports made by Otopair itself for a named person rather than the signed-in one: the
 * demo data. The same rules as {@link ReviewReplies} and {@link ReviewFeedback}; not reachable from
 * any view.
 */
@Service
@Transactional
public class ReviewProvisioning {

  private final ReviewReplies replies;
  private final ReviewFeedback feedback;

  ReviewProvisioning(ReviewReplies replies, ReviewFeedback feedback) {
    this.replies = replies;
    this.feedback = feedback;
  }

  /** The shop owner {@code ownerId} answers the review publicly. */
  public void answer(UUID ownerId, UUID reviewId, String text) {
    replies.answerAs(ownerId, reviewId, text);
  }

  /** {@code reporterId} reports the review to Otopair's team. */
  public void report(UUID reporterId, UUID reviewId, ReportReason reason, String details) {
    feedback.reportAs(reporterId, reviewId, reason, details);
  }
}
