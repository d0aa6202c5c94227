package com.otopair.reviews;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.base.ConflictException;
import com.otopair.base.Roles;
import com.otopair.booking.BookingFixtures;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.SignedInRace;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Admins hide a reported review for a reason its author and the shop are told, keep it, or restore
 * it: the ratings follow, its reports are resolved, and each decision is audited once.
 */
class ReviewModerationTest extends IntegrationTest {

  @Autowired ReviewModeration moderation;
  @Autowired ReviewFeedback feedback;
  @Autowired ModerationFixtures fixtures;
  @Autowired AuditLog audit;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ModerationFixtures.Shop shop;
  ModerationFixtures.Posted kept;
  ModerationFixtures.Posted review;
  String reporter;

  @BeforeEach
  void aReportedReviewBesideAnother() {
    shop = fixtures.shop();
    kept = fixtures.review(shop, 5, "Great work on my brakes.");
    review = fixtures.review(shop, 1, "Call 514-555-0199 and ask for the owner’s home address.");
    reporter = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, reporter);
    feedback.report(review.reviewId(), ReportReason.PRIVATE_INFO, "A phone number.");
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
  }

  private long version(UUID reviewId) {
    return jdbc.queryForObject("select version from reviews where id = ?", Long.class, reviewId);
  }

  private int[] stats() {
    return fixtures.statsAndRecount(shop.shopId());
  }

  private String resolution() {
    return jdbc.queryForObject(
        "select resolution from review_reports where review_id = ?",
        String.class,
        review.reviewId());
  }

  @Test
  void hidingTakesTheReviewOutOfTheRatingResolvesItsReportsAndIsAudited() {
    assertThat(stats()).containsExactly(2, 6, 2, 6);

    moderation.hide(review.reviewId(), version(review.reviewId()), "  It shares a phone number. ");

    assertThat(
            jdbc.queryForMap(
                "select hidden_reason, hidden_by is not null as by from reviews where id = ?",
                review.reviewId()))
        .containsEntry("hidden_reason", "It shares a phone number.")
        .containsEntry("by", true);
    assertThat(stats()).containsExactly(1, 5, 1, 5);
    assertThat(resolution()).isEqualTo("HIDDEN");
    AuditRecord entry =
        AuditTrail.await(audit, "review " + review.reviewId(), ReviewModerated.HIDDEN).getFirst();
    assertThat(entry.actor()).isEqualTo(DemoAccounts.ADMIN.email());
    assertThat(entry.detailsKey()).isEqualTo("reviews.audit.hidden");
    assertThat(entry.detailsArgs()).contains("It shares a phone number.");

    moderation.restore(review.reviewId(), version(review.reviewId()));

    assertThat(stats()).containsExactly(2, 6, 2, 6);
    assertThat(
            jdbc.queryForObject(
                "select hidden_at is null and hidden_reason is null from reviews where id = ?",
                Boolean.class,
                review.reviewId()))
        .isTrue();
    AuditTrail.await(audit, "review " + review.reviewId(), ReviewModerated.RESTORED);
  }

  @Test
  void hidingNeedsAReasonOfAtMostFiveHundredCharacters() {
    long version = version(review.reviewId());
    assertRefusedAt(() -> moderation.hide(review.reviewId(), version, "  "), "reason", "Say why");
    assertRefusedAt(
        () -> moderation.hide(review.reviewId(), version, "x".repeat(501)),
        "reason",
        "500 characters");
    assertThat(stats()).containsExactly(2, 6, 2, 6);
    assertThat(resolution()).isNull();
  }

  @Test
  void keepingResolvesTheReportsAndLeavesTheReviewCounted() {
    moderation.keep(review.reviewId(), version(review.reviewId()));

    assertThat(resolution()).isEqualTo("KEPT");
    assertThat(stats()).containsExactly(2, 6, 2, 6);
    assertThatThrownBy(() -> moderation.keep(review.reviewId(), version(review.reviewId())))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This review has no open report to keep it against.");
    AuditTrail.await(audit, "review " + review.reviewId(), ReviewModerated.KEPT);
  }

  @Test
  void aDecisionOnAReviewAnotherAdminChangedMeanwhileIsRefused() {
    long seen = version(review.reviewId());
    moderation.hide(review.reviewId(), seen, "A phone number.");
    moderation.restore(review.reviewId(), version(review.reviewId()));

    assertThatThrownBy(() -> moderation.hide(review.reviewId(), seen, "A phone number."))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Another admin changed this review meanwhile; look at it again.");
    assertThat(stats()).containsExactly(2, 6, 2, 6);
  }

  @Test
  void onlyAdminsModerate() {
    for (String email : List.of(shop.ownerEmail(), reporter)) {
      SignIn.as(userDetails, email);
      assertThatThrownBy(() -> moderation.hide(review.reviewId(), 0, "Spam"))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void twoAdminsHidingAtOnceAndAThirdRestoringLeaveOneHideAndTheRightCounts() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    List<String> admins =
        List.of("mod-a-" + tag + "@example.test", "mod-b-" + tag + "@example.test");
    for (String admin : admins) {
      users.createVerifiedUser(admin, "Moderator", Roles.ADMIN, "a long passphrase");
    }
    long seen = version(review.reviewId());
    UUID id = review.reviewId();

    // The third restores the hide they saw (the version a hide makes), whichever admin made it.
    List<Boolean> outcomes =
        SignedInRace.run(
            userDetails,
            List.of(admins.get(0), admins.get(1), DemoAccounts.ADMIN.email()),
            List.of(
                () -> moderation.hide(id, seen, "A phone number."),
                () -> moderation.hide(id, seen, "Private information."),
                () -> moderation.restore(id, seen + 1)));

    assertThat(outcomes.subList(0, 2)).containsOnlyOnce(true);
    boolean restored = outcomes.get(2);
    int[] stats = stats();
    assertThat(stats[0]).isEqualTo(stats[2]);
    assertThat(stats[1]).isEqualTo(stats[3]);
    assertThat(stats).containsExactly(restored ? new int[] {2, 6, 2, 6} : new int[] {1, 5, 1, 5});
    assertThat(
            jdbc.queryForObject(
                "select hidden_at is not null from reviews where id = ?", Boolean.class, id))
        .isEqualTo(!restored);
    // Once the outbox has handled every event of the race, the audit log holds one hide.
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from event_publication where serialized_event like ?",
                    Integer.class,
                    "%" + id + "%"),
            n -> n == 0);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_entries where subject = ? and action = ?",
                Integer.class,
                "review " + id,
                ReviewModerated.HIDDEN))
        .isOne();
  }
}
