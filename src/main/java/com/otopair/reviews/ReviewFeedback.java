package com.otopair.reviews;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.reviews.domain.Review;
import com.otopair.reviews.domain.ReviewRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What signed-in people say about someone else's visible review: it helped them (once each, which
 * they may take back), or it breaks the rules (a report for the admins, one open report each). The
 * database decides "once": {@code review_votes}' key and {@code review_reports}' unique index on
 * open reports.
 */
@Service
@Transactional
public class ReviewFeedback {

  /** The longest details of a report. */
  public static final int MAX_DETAILS = 1000;

  private final ReviewRepository reviews;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  ReviewFeedback(ReviewRepository reviews, JdbcTemplate jdbc, Clock clock) {
    this.reviews = reviews;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Marks the review helpful for the signed-in person; a second mark changes nothing. The count
   * moves only when this mark's row went in, in the same transaction.
   *
   * @return whether this call marked it (false: it was marked already)
   */
  @PreAuthorize("isAuthenticated()")
  public boolean markHelpful(UUID reviewId) {
    UUID me = notTheAuthor(CurrentUser.require().id(), reviewId, "reviews.helpful.own");
    int added =
        jdbc.update(
            "insert into review_votes (review_id, user_id, voted_at) values (?, ?, ?)"
                + " on conflict (review_id, user_id) do nothing",
            reviewId,
            me,
            Timestamp.from(clock.instant()));
    if (added > 0) {
      reviews.addHelpful(reviewId, 1);
    }
    return added > 0;
  }

  /**
   * Takes the signed-in person's mark back; without one, nothing changes.
   *
   * @return whether this call took a mark back
   */
  @PreAuthorize("isAuthenticated()")
  public boolean unmarkHelpful(UUID reviewId) {
    UUID me = CurrentUser.require().id();
    FoundReviews.visible(reviews, reviewId);
    int removed =
        jdbc.update("delete from review_votes where review_id = ? and user_id = ?", reviewId, me);
    if (removed > 0) {
      reviews.addHelpful(reviewId, -1);
    }
    return removed > 0;
  }

  /**
   * Reports the review to the admins for {@code reason}, with optional {@code details}. A person
   * has one open report of a review: a second is refused, saying it is with the team already.
   */
  @PreAuthorize("isAuthenticated()")
  public void report(UUID reviewId, @Nullable ReportReason reason, @Nullable String details) {
    reportAs(CurrentUser.require().id(), reviewId, reason, details);
  }

  /** {@link #report} as {@code reporterId}: the signed-in person, or the demo's. */
  void reportAs(
      UUID reporterId, UUID reviewId, @Nullable ReportReason reason, @Nullable String details) {
    if (reason == null) {
      throw new InvalidRequestException("reason", "reviews.report.reason.required");
    }
    String more = details == null ? "" : details.strip();
    if (more.length() > MAX_DETAILS) {
      throw new InvalidRequestException(
          "details", "reviews.report.details.too-long", String.valueOf(MAX_DETAILS));
    }
    PlainText.requireLines("details", more);
    UUID me = notTheAuthor(reporterId, reviewId, "reviews.report.own");
    int added =
        jdbc.update(
            "insert into review_reports (id, review_id, reporter_id, reason, details, reported_at)"
                + " values (?, ?, ?, ?, ?, ?)"
                + " on conflict (review_id, reporter_id) where resolved_at is null do nothing",
            UUID.randomUUID(),
            reviewId,
            me,
            reason.name(),
            more,
            Timestamp.from(clock.instant()));
    if (added == 0) {
      throw new InvalidRequestException(null, "reviews.report.already");
    }
  }

  /** {@code me}, if the visible review is not theirs. */
  private UUID notTheAuthor(UUID me, UUID reviewId, String refusal) {
    Review review = FoundReviews.visible(reviews, reviewId);
    if (review.getCustomerId().equals(me)) {
      throw new InvalidRequestException(null, refusal);
    }
    return me;
  }
}
