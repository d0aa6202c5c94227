package com.otopair.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.reviews.ReviewFixtures;
import com.otopair.reviews.ReviewLinks;
import com.otopair.reviews.Visit;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.html.Div;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A posted review is thanked once, by the thanks card: no notification repeats the sentence over
 * the page (on a phone it covered "Edit your review" and followed the customer to the shop's page).
 */
class ReviewThanksTest extends KaribuTest {

  @Autowired ApplicationContext context;
  @Autowired ReviewLinks links;

  @Test
  void aPostedReviewIsThankedOnceByItsCard() {
    var fixtures = new ReviewFixtures(context);
    var shop = fixtures.shop();
    UUID booking = fixtures.completed(shop, fixtures.customers(1).getFirst());
    navigate(links.path(Visit.booking(booking)));
    ReviewForm form = _get(ReviewForm.class);
    _setValue(form.stars, 5);
    _setValue(form.recommend, true);
    _click(form.save);

    assertThat(textOf(_get(Div.class, spec -> spec.withId("review-thanks"))))
        .contains("Thanks for your review!");
    expectNotifications();
  }
}
