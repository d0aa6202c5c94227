package com.otopair.reviews;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
  private final ReviewWriting writing;
  private final Visits visits;
  private final Clock clock;
  private final EntityManager entities;

  ReviewProvisioning(
      ReviewReplies replies,
      ReviewFeedback feedback,
      ReviewWriting writing,
      Visits visits,
      Clock clock,
      EntityManager entities) {
    this.entities = entities;
    this.replies = replies;
    this.feedback = feedback;
    this.writing = writing;
    this.visits = visits;
    this.clock = clock;
  }

  /**
   * Customers' reviews of finished visits, posted in the past (the demo's history), in one
   * transaction, by the same rules as one posted from its link and with the same events, so ratings
   * and the CRM follow; returns them, in order.
   */
  public List<UUID> past(List<PastReview> posted) {
    Instant now = clock.instant();
    return posted.stream()
        .map(
            review -> {
              if (review.postedAt().isAfter(now)) {
                throw new IllegalArgumentException("A review of the past is posted before now");
              }
              return writing
                  .post(visits.of(review.visit()), review.draft(), review.postedAt())
                  .id();
            })
        .toList();
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
