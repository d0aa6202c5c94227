package com.otopair.reviews;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The shop's owner answers a review publicly, once, and may edit the answer; nobody else may. */
class ReviewRepliesTest extends IntegrationTest {

  @Autowired ReviewReplies replies;
  @Autowired ModerationFixtures fixtures;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ModerationFixtures.Shop shop;
  ModerationFixtures.Posted review;

  @BeforeEach
  void aReview() {
    shop = fixtures.shop();
    review = fixtures.review(shop, 2, "They kept my car a day longer than promised.");
  }

  private Map<String, Object> stored() {
    return jdbc.queryForMap(
        "select reply, replied_at, reply_edited_at from reviews where id = ?", review.reviewId());
  }

  @Test
  void theOwnerAnswersOnceAndASecondAnswerEditsTheFirst() {
    SignIn.as(userDetails, shop.ownerEmail());
    replies.answer(review.reviewId(), "  We’re sorry: a part came late. Next time we call you.  ");
    assertThat(stored())
        .containsEntry("reply", "We’re sorry: a part came late. Next time we call you.")
        .containsEntry("reply_edited_at", null);
    assertThat(stored().get("replied_at")).isNotNull();

    clock.advance(Duration.ofHours(2));
    replies.answer(review.reviewId(), "We’re sorry: a part came late. We now call when it does.");

    Map<String, Object> edited = stored();
    assertThat(edited.get("reply"))
        .isEqualTo("We’re sorry: a part came late. We now call when it does.");
    assertThat(edited.get("reply_edited_at")).isNotNull().isNotEqualTo(edited.get("replied_at"));
  }

  @Test
  void itsMechanicItsAuthorAnotherShopsOwnerAndAnAdminMayNotAnswerInTheShopsName() {
    var other = fixtures.shop();
    for (String email :
        new String[] {
          shop.fixture().shop().alexEmail(),
          review.authorEmail(),
          other.ownerEmail(),
          DemoAccounts.ADMIN.email()
        }) {
      SignIn.as(userDetails, email);
      assertThatThrownBy(() -> replies.answer(review.reviewId(), "Thanks!"))
          .as(email)
          .isInstanceOf(NotAllowedException.class)
          .hasMessage("Only the shop’s owner can answer its reviews.");
    }
    assertThat(stored().get("reply")).isNull();
  }

  @Test
  void anEmptyOrTooLongAnswerIsRefusedNextToTheField() {
    SignIn.as(userDetails, shop.ownerEmail());
    assertRefusedAt(() -> replies.answer(review.reviewId(), "   "), "reply", "Write your answer");
    assertRefusedAt(
        () -> replies.answer(review.reviewId(), "a".repeat(2001)), "reply", "2000 characters");
    assertRefusedAt(
        () -> replies.answer(review.reviewId(), "Thanks\u0000"), "reply", "control character");
    assertThat(stored().get("reply")).isNull();
  }

  @Test
  void aHiddenReviewCannotBeAnsweredAndIsNotFoundForOthers() {
    jdbc.update(
        "update reviews set hidden_at = now(), hidden_reason = 'Spam' where id = ?",
        review.reviewId());
    SignIn.as(userDetails, shop.ownerEmail());
    assertThatThrownBy(() -> replies.answer(review.reviewId(), "Thanks!"))
        .hasMessage("This review is hidden, so it can’t be answered.");
    SignIn.as(userDetails, shop.fixture().shop().alexEmail());
    assertThatThrownBy(() -> replies.answer(review.reviewId(), "Thanks!"))
        .isInstanceOf(NotFoundException.class);
  }
}
