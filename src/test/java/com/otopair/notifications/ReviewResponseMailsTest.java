package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.reviews.ModerationFixtures;
import com.otopair.reviews.ReviewAnswered;
import com.otopair.reviews.ReviewModerated;
import com.otopair.reviews.ReviewModeration;
import com.otopair.reviews.ReviewReplies;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A review's author hears the shop answered, and the author and the shop's owner hear an admin hid
 * it (with the reason) or restored it: by mail and in the bell, in their language, once however
 * often the listener runs.
 */
class ReviewResponseMailsTest extends IntegrationTest {

  @Autowired ReviewReplies replies;
  @Autowired ReviewModeration moderation;
  @Autowired ReviewResponseMails responseMails;
  @Autowired ModerationFixtures fixtures;
  @Autowired UserProvisioning users;
  @Autowired AccountLanguages languages;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  ModerationFixtures.Shop shop;
  ModerationFixtures.Posted review;
  UUID owner;

  @BeforeEach
  void aReview() {
    shop = fixtures.shop();
    review = fixtures.review(shop, 1, "Rude and slow.");
    owner = users.findByEmail(shop.ownerEmail()).orElseThrow();
  }

  private int bell(UUID user, String kind) {
    return jdbc.queryForObject(
        "select count(*) from notifications where user_id = ? and kind = ?",
        Integer.class,
        user,
        kind);
  }

  private long mails(String to, String subject) {
    return TestMail.receivedBy(to).stream()
        .filter(m -> TestMail.subject(m).equals(subject))
        .count();
  }

  private long version() {
    return jdbc.queryForObject(
        "select version from reviews where id = ?", Long.class, review.reviewId());
  }

  @Test
  void theAuthorHearsOfTheFirstAnswerOnceHoweverOftenItIsHandled() throws Exception {
    SignIn.as(userDetails, shop.ownerEmail());
    replies.answer(review.reviewId(), "We’re sorry; please call us.");
    replies.answer(review.reviewId(), "We’re sorry; please call me, Olga.");
    SecurityContextHolder.clearContext();

    String shopName = "Schedule Garage " + shop.fixture().shop().ownerEmail().substring(6, 14);
    MimeMessage mail =
        TestMail.awaitSubject(review.authorEmail(), shopName + " answered your review");
    assertThat(TestMail.text(mail))
        .contains(
            "answered your review of your Oil change",
            "http://otopair.test/shops/schedule-" + shop.ownerEmail().substring(6, 14));

    var event =
        new ReviewAnswered(
            review.reviewId(),
            shop.shopId(),
            review.authorId(),
            "Oil change",
            false,
            clock.instant());
    ReviewResponseMails listener = ListenerRuns.target(responseMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    Awaitility.await().until(() -> bell(review.authorId(), "REVIEW_ANSWERED") == 1);
    assertThat(mails(review.authorEmail(), TestMail.subject(mail))).isOne();
  }

  @Test
  void theAuthorAndTheOwnerHearWhyItWasHiddenInTheirLanguageOnce() throws Exception {
    languages.choose(review.authorId(), I18n.FRENCH);
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    moderation.hide(review.reviewId(), version(), "Insults the mechanic by name.");
    SecurityContextHolder.clearContext();

    MimeMessage toAuthor = TestMail.awaitSubject(review.authorEmail(), "est masqué");
    assertThat(TestMail.text(toAuthor))
        .contains("a masqué votre avis", "Raison\u00a0: Insults the mechanic by name.");
    MimeMessage toOwner = TestMail.awaitSubject(shop.ownerEmail(), "is hidden");
    assertThat(TestMail.text(toOwner))
        .contains("hid Casey C.’s review", "Reason: Insults the mechanic by name.");

    ReviewModerated hidden =
        jdbc.queryForObject(
            "select hidden_at from reviews where id = ?",
            (rs, i) ->
                new ReviewModerated(
                    ReviewModerated.HIDDEN,
                    review.reviewId(),
                    shop.shopId(),
                    review.authorId(),
                    "Casey C.",
                    "A shop",
                    "Oil change",
                    "Insults the mechanic by name.",
                    DemoAccounts.ADMIN.email(),
                    null,
                    rs.getTimestamp(1).toInstant()),
            review.reviewId());
    ReviewResponseMails listener = ListenerRuns.target(responseMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(hidden));
    Awaitility.await().until(() -> bell(owner, "REVIEW_HIDDEN") == 1);
    assertThat(bell(review.authorId(), "REVIEW_HIDDEN")).isOne();
    assertThat(mails(review.authorEmail(), TestMail.subject(toAuthor))).isOne();
    assertThat(mails(shop.ownerEmail(), TestMail.subject(toOwner))).isOne();

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    moderation.restore(review.reviewId(), version());
    Awaitility.await().until(() -> bell(owner, "REVIEW_RESTORED") == 1);
    Awaitility.await().until(() -> bell(review.authorId(), "REVIEW_RESTORED") == 1);
  }
}
