package com.otopair.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.identity.UserProvisioning;
import com.otopair.reviews.ModerationFixtures;
import com.otopair.reviews.ReportReason;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A review card's actions as a visitor, its author, its shop's owner and another reader see them.
 */
class ReviewActionsTest extends KaribuTest {

  @Autowired ReviewActionsFactory actions;
  @Autowired ModerationFixtures fixtures;
  @Autowired UserProvisioning users;
  @Autowired JdbcTemplate jdbc;

  ModerationFixtures.Shop shop;
  ModerationFixtures.Posted review;

  @BeforeEach
  void aReview() {
    shop = fixtures.shop();
    review = fixtures.review(shop, 4, "Good work, a bit pricey.");
  }

  private ReviewActions show() {
    ReviewActions card = actions.forReview(review.reviewId()).orElseThrow();
    UI.getCurrent().add(card);
    return card;
  }

  private int helpfulCount() {
    return jdbc.queryForObject(
        "select helpful_count from reviews where id = ?", Integer.class, review.reviewId());
  }

  @Test
  void aVisitorSeesTheCountAndASignInLink() {
    ReviewActions card = show();
    Anchor signIn = _get(card, Anchor.class);
    assertThat(signIn.getText()).isEqualTo("Sign in to mark it helpful (0)");
    assertThat(signIn.getHref()).isEqualTo("login");
    assertThat(_find(card, Button.class)).isEmpty();
  }

  @Test
  void anotherReaderMarksItHelpfulTakesItBackAndReportsIt() {
    signInAs(BookingFixtures.customers(users, 1).getFirst());
    ReviewActions card = show();
    assertThat(_find(card, Button.class, spec -> spec.withText("Reply"))).isEmpty();

    _click(_get(card, Button.class, spec -> spec.withText("Helpful (0)")));
    assertThat(helpfulCount()).isOne();
    _click(_get(card, Button.class, spec -> spec.withText("Helpful (1)")));
    assertThat(helpfulCount()).isZero();
    _get(card, Button.class, spec -> spec.withText("Helpful (0)"));

    _click(_get(card, Button.class, spec -> spec.withText("Report")));
    TextArea details = _get(TextArea.class);
    _setValue(details, "Odd\u0007text");
    _click(_get(Button.class, spec -> spec.withId("send-review-report")));
    @SuppressWarnings("unchecked")
    Select<ReportReason> reason = _get(Select.class);
    assertThat(reason.isInvalid()).as("the reason").isTrue();
    assertThat(details.isInvalid()).as("the details, at the same time").isTrue();

    _setValue(reason, ReportReason.OFF_TOPIC);
    _setValue(details, "About another garage.");
    _click(_get(Button.class, spec -> spec.withId("send-review-report")));
    expectNotifications("Thanks: our team will look at it.");
    assertThat(
            jdbc.queryForObject(
                "select reason from review_reports where review_id = ?",
                String.class,
                review.reviewId()))
        .isEqualTo("OFF_TOPIC");
  }

  @Test
  void itsAuthorCannotMarkItHelpfulNorReportIt() {
    signInAs(review.authorEmail());
    ReviewActions card = show();
    Button helpful = _get(card, Button.class, spec -> spec.withText("Helpful (0)"));
    assertThat(helpful.isEnabled()).isFalse();
    assertThat(helpful.getTooltip().getText()).isEqualTo("You can’t mark your own review helpful.");
    assertThat(_find(card, Button.class, spec -> spec.withText("Report"))).isEmpty();
    assertThat(_find(card, Button.class, spec -> spec.withText("Reply"))).isEmpty();
  }

  @Test
  void theOwnerRepliesInlineThenEditsTheReply() {
    signInAs(shop.ownerEmail());
    ReviewActions card = show();

    _click(_get(card, Button.class, spec -> spec.withText("Reply")));
    _click(_get(card, Button.class, spec -> spec.withText("Publish")));
    TextArea text = _get(card, TextArea.class);
    assertThat(text.isInvalid()).isTrue();
    assertThat(text.getErrorMessage()).isEqualTo("Write your answer.");

    _setValue(text, "Thanks! Prices include a 2-year warranty.");
    _click(_get(card, Button.class, spec -> spec.withText("Publish")));
    expectNotifications("Your answer is published.");
    assertThat(textOf(card))
        .contains("The shop’s answer: Thanks! Prices include a 2-year warranty.");

    _click(_get(card, Button.class, spec -> spec.withText("Edit reply")));
    assertThat(_get(card, TextArea.class).getValue())
        .isEqualTo("Thanks! Prices include a 2-year warranty.");
    _setValue(_get(card, TextArea.class), "Thanks! Parts carry a 2-year warranty.");
    _click(_get(card, Button.class, spec -> spec.withText("Publish")));
    assertThat(
            jdbc.queryForObject(
                "select reply from reviews where id = ?", String.class, review.reviewId()))
        .isEqualTo("Thanks! Parts carry a 2-year warranty.");
  }

  @Test
  void aHiddenReviewShowsItsReasonToItsAuthorAndNothingToOthers() {
    jdbc.update(
        "update reviews set hidden_at = now(), hidden_reason = 'It names a mechanic’s family.'"
            + " where id = ?",
        review.reviewId());
    signInAs(review.authorEmail());
    assertThat(textOf(show())).contains("Otopair hid this review: It names a mechanic’s family.");

    signInAs(BookingFixtures.customers(users, 1).getFirst());
    assertThat(actions.forReview(review.reviewId())).isEmpty();
  }
}
