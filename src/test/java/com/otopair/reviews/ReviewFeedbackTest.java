package com.otopair.reviews;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import com.otopair.booking.BookingFixtures;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.SignedInRace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People mark someone else's review helpful once each and may take it back, and report it once per
 * open report; the count follows the votes even when many vote at once.
 */
class ReviewFeedbackTest extends IntegrationTest {

  @Autowired ReviewFeedback feedback;
  @Autowired ModerationFixtures fixtures;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ModerationFixtures.Shop shop;
  ModerationFixtures.Posted review;
  String reader;

  @BeforeEach
  void aReviewAndAReader() {
    shop = fixtures.shop();
    review = fixtures.review(shop, 5, "Fast and honest: they showed me the worn pads.");
    reader = BookingFixtures.customers(users, 1).getFirst();
  }

  private int helpfulCount() {
    return jdbc.queryForObject(
        "select helpful_count from reviews where id = ?", Integer.class, review.reviewId());
  }

  private int votes() {
    return jdbc.queryForObject(
        "select count(*) from review_votes where review_id = ?", Integer.class, review.reviewId());
  }

  private int openReports() {
    return jdbc.queryForObject(
        "select count(*) from review_reports where review_id = ? and resolved_at is null",
        Integer.class,
        review.reviewId());
  }

  @Test
  void aPersonMarksAReviewHelpfulOnceAndMayTakeItBack() {
    SignIn.as(userDetails, reader);
    assertThat(feedback.markHelpful(review.reviewId())).isTrue();
    assertThat(feedback.markHelpful(review.reviewId())).isFalse();
    assertThat(helpfulCount()).isOne();
    assertThat(votes()).isOne();

    assertThat(feedback.unmarkHelpful(review.reviewId())).isTrue();
    assertThat(feedback.unmarkHelpful(review.reviewId())).isFalse();
    assertThat(helpfulCount()).isZero();
    assertThat(votes()).isZero();
  }

  @Test
  void nobodyMarksTheirOwnReviewHelpfulOrReportsIt() {
    SignIn.as(userDetails, review.authorEmail());
    assertThatThrownBy(() -> feedback.markHelpful(review.reviewId()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("You can’t mark your own review helpful.");
    assertThatThrownBy(() -> feedback.report(review.reviewId(), ReportReason.SPAM, ""))
        .hasMessage("You can’t report your own review; you may edit it instead.");
    assertThat(helpfulCount()).isZero();
    assertThat(openReports()).isZero();
  }

  @Test
  void theSamePersonMarkingFromEightPlacesAtOnceCountsOnce() throws Exception {
    List<Boolean> outcomes =
        SignedInRace.run(
            userDetails,
            Collections.nCopies(8, reader),
            Collections.nCopies(8, () -> feedback.markHelpful(review.reviewId())));

    assertThat(outcomes).containsOnly(true);
    assertThat(votes()).isOne();
    assertThat(helpfulCount()).isOne();
  }

  @Test
  void manyPeopleMarkingAndTakingBackAtOnceLeaveTheCountEqualToTheVotes() throws Exception {
    List<String> people = BookingFixtures.customers(users, 12);
    // The first six marked it before; now they take it back while six others mark it.
    for (String person : people.subList(0, 6)) {
      SignIn.as(userDetails, person);
      feedback.markHelpful(review.reviewId());
    }
    List<Runnable> actions = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      actions.add(
          i < 6
              ? () -> feedback.unmarkHelpful(review.reviewId())
              : () -> feedback.markHelpful(review.reviewId()));
    }
    // Each also marks twice more, at the same moment, from other windows.
    List<String> emails = new ArrayList<>(people);
    for (String person : people.subList(6, 12)) {
      emails.add(person);
      actions.add(() -> feedback.markHelpful(review.reviewId()));
    }

    SignedInRace.run(userDetails, emails, actions);

    assertThat(votes()).isEqualTo(6);
    assertThat(helpfulCount()).isEqualTo(votes());
  }

  @Test
  void aReportNeedsAReasonAndShortDetails() {
    SignIn.as(userDetails, reader);
    assertRefusedAt(
        () -> feedback.report(review.reviewId(), null, "Spam"), "reason", "Pick a reason");
    assertRefusedAt(
        () -> feedback.report(review.reviewId(), ReportReason.OTHER, "x".repeat(1001)),
        "details",
        "1000 characters");
    assertThat(openReports()).isZero();
  }

  @Test
  void aSecondReportSaysItIsWithOurTeamAndANewOneIsTakenOnceTheFirstIsResolved() {
    SignIn.as(userDetails, reader);
    feedback.report(review.reviewId(), ReportReason.NOT_A_CUSTOMER, "  I know this person.  ");
    assertThatThrownBy(() -> feedback.report(review.reviewId(), ReportReason.SPAM, ""))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("You reported this review already; it is with our team.");
    assertThat(
            jdbc.queryForMap(
                "select reason, details from review_reports where review_id = ?",
                review.reviewId()))
        .containsEntry("reason", "NOT_A_CUSTOMER")
        .containsEntry("details", "I know this person.");

    jdbc.update(
        "update review_reports set resolved_at = now(), resolution = 'KEPT'"
            + " where review_id = ?",
        review.reviewId());
    feedback.report(review.reviewId(), ReportReason.SPAM, "");
    assertThat(openReports()).isOne();
  }

  @Test
  void aHiddenReviewCannotBeMarkedOrReported() {
    jdbc.update(
        "update reviews set hidden_at = now(), hidden_reason = 'Spam' where id = ?",
        review.reviewId());
    SignIn.as(userDetails, reader);
    assertThatThrownBy(() -> feedback.markHelpful(review.reviewId()))
        .hasMessage("We couldn’t find that review.");
    assertThatThrownBy(() -> feedback.report(review.reviewId(), ReportReason.SPAM, ""))
        .hasMessage("We couldn’t find that review.");
    assertThat(helpfulCount()).isZero();
  }

  @Test
  void aReportOfAReviewThatIsNotThereIsNotFound() {
    SignIn.as(userDetails, reader);
    assertThatThrownBy(() -> feedback.report(UUID.randomUUID(), ReportReason.SPAM, ""))
        .hasMessage("We couldn’t find that review.");
  }
}
