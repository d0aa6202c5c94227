package com.otopair.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.headers;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.base.I18n;
import com.otopair.booking.BookingFixtures;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.reviews.AdminReviews;
import com.otopair.reviews.ModerationFixtures;
import com.otopair.reviews.ReportReason;
import com.otopair.reviews.ReviewFeedback;
import com.otopair.reviews.ReviewFilter;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The admins' reviews: reported first, filters in the address, Hide with a reason, Restore. */
class AdminReviewsViewTest extends KaribuTest {

  @Autowired ModerationFixtures fixtures;
  @Autowired ReviewFeedback feedback;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ModerationFixtures.Shop shop;
  ModerationFixtures.Posted praise;
  ModerationFixtures.Posted reported;

  @BeforeEach
  void aShopWithAReportedReview() {
    shop = fixtures.shop();
    praise = fixtures.review(shop, 5, "Honest quote and quick work.");
    reported = fixtures.review(shop, 1, "Buy cheap watches at spam.example!");
    SignIn.as(userDetails, BookingFixtures.customers(users, 1).getFirst());
    feedback.report(reported.reviewId(), ReportReason.SPAM, "An advertisement.");
    SecurityContextHolder.clearContext();
  }

  private AdminReviewsView open(String query) {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/reviews?shop=" + shop.shopId() + query);
    return _get(AdminReviewsView.class);
  }

  private List<UUID> rows(AdminReviewsView view) {
    return GridKt._findAll(view.grid).stream().map(AdminReviews.Row::id).toList();
  }

  private Button rowButton(AdminReviewsView view, String text) {
    return _get(
        GridKt._getCellComponent(view.grid, 0, "actions"),
        Button.class,
        spec -> spec.withText(text));
  }

  private static String cell(AdminReviewsView view, String key) {
    return textOf(GridKt._getCellComponent(view.grid, 0, key)).strip();
  }

  private boolean hidden(UUID review) {
    return jdbc.queryForObject(
        "select hidden_at is not null from reviews where id = ?", Boolean.class, review);
  }

  @Test
  void reportedReviewsComeFirstAndTheFiltersLiveInTheAddress() {
    AdminReviewsView view = open("");

    assertThat(view.show.getValue()).isEqualTo(ReviewFilter.Show.REPORTED);
    assertThat(rows(view)).containsExactly(reported.reviewId());
    assertThat(cell(view, "status")).contains("Reported once");
    assertThat(cell(view, "reports"))
        .startsWith("Spam or advertising, by Casey Customer 0 on")
        .endsWith(": “An advertisement.”");
    assertThat(view.waiting.getText())
        .matches("(1 reported review waits|\\d+ reported reviews wait) for a decision");

    view.show.setValue(ReviewFilter.Show.ALL);
    assertThat(rows(view)).containsExactly(reported.reviewId(), praise.reviewId());
    view.stars.setValue(5);
    assertThat(rows(view)).containsExactly(praise.reviewId());
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .isEqualTo(
            Map.of(
                "show", List.of("ALL"),
                "shop", List.of(shop.shopId().toString()),
                "stars", List.of("5")));

    view = open("&show=ALL&q=QUICK+WORK&stars=nine");
    assertThat(view.stars.getValue()).isNull();
    assertThat(rows(view)).containsExactly(praise.reviewId());
  }

  @Test
  void hidingAsksForAReasonAndMarksItWhenEmpty() {
    AdminReviewsView view = open("");

    _click(rowButton(view, "Hide"));
    _click(_get(Button.class, spec -> spec.withId("confirm-hide-review")));
    TextArea reason = _get(TextArea.class);
    assertThat(reason.isInvalid()).isTrue();
    assertThat(reason.getErrorMessage())
        .isEqualTo("Say why you hide it: its author and the shop will read it.");
    assertThat(hidden(reported.reviewId())).isFalse();

    _setValue(reason, "Advertising, not a review of the visit.");
    _click(_get(Button.class, spec -> spec.withId("confirm-hide-review")));

    expectNotifications("The review is hidden; its author and the shop are told why.");
    assertThat(hidden(reported.reviewId())).isTrue();
    assertThat(rows(view)).isEmpty();
    assertThat(view.grid.getEmptyStateText()).isEqualTo("No review waits for a decision.");
  }

  @Test
  void aHiddenReviewIsRestoredFromTheHiddenList() {
    jdbc.update(
        "update reviews set hidden_at = now(), hidden_reason = 'Spam', version = version + 1"
            + " where id = ?",
        reported.reviewId());
    AdminReviewsView view = open("&show=HIDDEN");
    assertThat(rows(view)).containsExactly(reported.reviewId());
    assertThat(cell(view, "review")).contains("Hidden: Spam");

    _click(rowButton(view, "Restore"));

    expectNotifications("The review shows again.");
    assertThat(hidden(reported.reviewId())).isFalse();
    assertThat(rows(view)).isEmpty();
  }

  @Test
  void keepingClosesTheReports() {
    AdminReviewsView view = open("");
    _click(rowButton(view, "Keep"));
    expectNotifications("The review stays; its reports are closed.");
    assertThat(rows(view)).isEmpty();
    assertThat(hidden(reported.reviewId())).isFalse();
  }

  @Test
  void onlyAdminsOpenIt() {
    for (String email : List.of(shop.ownerEmail(), reported.authorEmail())) {
      signInAs(email);
      navigate("admin/reviews");
      assertThat(currentView()).as(email).isIn("AccessDeniedView", "NotFoundView");
    }
  }

  @Test
  void itReadsInFrench() {
    signInAs(DemoAccounts.ADMIN.email());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("admin/reviews?shop=" + shop.shopId());
    AdminReviewsView view = _get(AdminReviewsView.class);

    assertThat(headers(view.grid)).contains("État", "Garage", "Avis", "Signalements ouverts");
    assertThat(cell(view, "status")).contains("Signalé une fois");
    assertThat(cell(view, "reports")).startsWith("Pourriel ou publicité, par");
    String text = textOf(UI.getCurrent());
    assertThat(MISSING_KEY.matcher(text).find()).as(text).isFalse();
  }
}
