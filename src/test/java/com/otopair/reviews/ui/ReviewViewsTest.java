package com.otopair.reviews.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.reviews.ReviewDraft;
import com.otopair.reviews.ReviewFixtures;
import com.otopair.reviews.ReviewLinks;
import com.otopair.reviews.Visit;
import com.otopair.support.KaribuTest;
import com.otopair.support.PageTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review page of a signed link (the form, thanks, the posted review and its edit) and the
 * reviews on the shop's public page (numbers, sort, paging, empty).
 */
class ReviewViewsTest extends KaribuTest {

  @Autowired ApplicationContext context;
  @Autowired ReviewLinks links;
  @Autowired JdbcTemplate jdbc;

  ReviewFixtures fixtures;
  ReviewFixtures.Shop shop;

  @BeforeEach
  void aShop() {
    fixtures = new ReviewFixtures(context);
    shop = fixtures.shop();
  }

  private String slugName() {
    return jdbc.queryForObject("select name from shops where id = ?", String.class, shop.id());
  }

  private String slug() {
    return shop.consult().slug();
  }

  @Test
  void theFormMarksEveryInvalidFieldAtOnce() {
    UUID booking = fixtures.completed(shop, fixtures.customers(1).getFirst());
    navigate(links.path(Visit.booking(booking)));
    ReviewForm form = _get(ReviewForm.class);

    _setValue(form.text, "x".repeat(2001));
    _click(form.save);

    _expectInvalid(form.stars, "Choose from 1 to 5 stars.");
    _expectInvalid(form.text, "Keep your review to 2,000 characters.");
    _expectInvalid(form.recommend, "Say whether you would recommend this shop.");
    assertThat(count(booking)).isZero();
  }

  @Test
  void aPostedReviewThanksLinksToTheShopAndOpensAgainForEditing() {
    UUID booking = fixtures.completed(shop, fixtures.customers(1).getFirst());
    String link = links.path(Visit.booking(booking));
    navigate(link);
    assertThat(PageTexts.textOf(UI.getCurrent())).contains("Oil change", slugName());
    ReviewForm form = _get(ReviewForm.class);
    _setValue(form.stars, 4);
    _setValue(form.text, "Clear price, done on time.");
    _setValue(form.recommend, true);
    _click(form.save);

    assertThat(_get(Anchor.class, spec -> spec.withId("review-shop-page")).getHref())
        .isEqualTo("shops/" + slug());
    assertThat(count(booking)).isOne();

    navigate(link);
    assertThat(_find(ReviewForm.class)).isEmpty();
    _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("review-edit")));
    ReviewForm edit = _get(ReviewForm.class);
    assertThat(edit.stars.getValue()).isEqualTo(4);
    _setValue(edit.stars, 5);
    _click(edit.save);
    assertThat(
            jdbc.queryForObject(
                "select stars from reviews where booking_id = ?", Integer.class, booking))
        .isEqualTo(5);
  }

  @Test
  void aTamperedLinkIsTheNotFoundPage() {
    UUID booking = fixtures.completed(shop, fixtures.customers(1).getFirst());
    navigate(links.path(Visit.booking(booking)) + "x");
    assertThat(currentView()).isEqualTo("NotFoundView");
    navigate("review/booking/not-an-id?token=x");
    assertThat(currentView()).isEqualTo("NotFoundView");
  }

  @Test
  void aShopWithoutReviewsSaysSoInOneSentence() {
    navigate("shops/" + slug());
    assertThat(PageTexts.textOf(_get(Div.class, spec -> spec.withId("reviews-empty"))))
        .contains("No reviews yet: customers review a shop after their visit.");
  }

  @Test
  void theShopPageShowsItsNumbersAndTenReviewsAtATimeNewestOrMostHelpfulFirst() {
    List<UUID> posted = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      String customer = fixtures.customers(1).getFirst();
      UUID booking = fixtures.completed(shop, customer);
      String path = links.path(Visit.booking(booking));
      links.post(
          Visit.booking(booking),
          path.substring(path.indexOf("token=") + 6),
          new ReviewDraft(i < 8 ? 5 : 3, "Review " + i, true));
      posted.add(
          jdbc.queryForObject("select id from reviews where booking_id = ?", UUID.class, booking));
      clock.advance(java.time.Duration.ofMinutes(1));
    }
    // The oldest review is the most helpful.
    jdbc.update("update reviews set helpful_count = 7 where id = ?", posted.getFirst());

    navigate("shops/" + slug());
    assertThat(_get(Span.class, spec -> spec.withId("reviews-average")).getText()).isEqualTo("4.5");
    assertThat(_get(Span.class, spec -> spec.withId("reviews-count")).getText())
        .isEqualTo("11 reviews");
    assertThat(PageTexts.textOf(_get(Div.class, spec -> spec.withId("reviews-distribution"))))
        .contains("5 stars", "8 (73%)", "3 (27%)");
    ReviewList list = _get(ReviewList.class);
    assertThat(cards(list)).hasSize(10).first().isEqualTo("review-" + posted.getLast());
    assertThat(list.more.isVisible()).isTrue();
    _click(list.more);
    assertThat(cards(list)).hasSize(11).last().isEqualTo("review-" + posted.getFirst());
    assertThat(list.more.isVisible()).isFalse();

    _setValue(list.sort, com.otopair.reviews.ReviewSort.MOST_HELPFUL);
    assertThat(cards(list)).hasSize(10).first().isEqualTo("review-" + posted.getFirst());
    assertThat(PageTexts.textOf(UI.getCurrent()))
        .contains("Verified customer", "Recommends this shop");
  }

  @Test
  void theCustomerFindsReviewThisVisitOnTheirDoneBookingAndEndedSession() {
    String customer = fixtures.customers(1).getFirst();
    UUID booking = fixtures.completed(shop, customer);
    UUID session = fixtures.session(shop, com.otopair.consult.SessionStatus.ENDED);

    openAs(customer);
    navigate("bookings/" + booking);
    assertThat(_get(Anchor.class, spec -> spec.withId("review-this-visit-link")).getHref())
        .startsWith("review/booking/" + booking + "?token=");

    openAs(shop.consult().customerEmail());
    navigate("sessions/" + session);
    assertThat(_get(Anchor.class, spec -> spec.withId("review-this-visit-link")).getHref())
        .startsWith("review/session/" + session + "?token=");
    openAs(shop.booking().shop().ownerEmail());
    navigate("sessions/" + session);
    assertThat(_find(Anchor.class, spec -> spec.withId("review-this-visit-link"))).isEmpty();
  }

  private static List<String> cards(ReviewList list) {
    return list.reviews.getChildren().map(card -> card.getId().orElse("")).toList();
  }

  private int count(UUID booking) {
    return jdbc.queryForObject(
        "select count(*) from reviews where booking_id = ?", Integer.class, booking);
  }
}
