package com.otopair.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.reviews.ModerationFixtures;
import com.otopair.reviews.ReviewProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The owner answers on the shop page: the review's card shows the answer once, then the edit. */
class ReviewCardReplyTest extends KaribuTest {

  @Autowired ModerationFixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReviewProvisioning answers;
  @Autowired UserProvisioning users;

  @Test
  void theCardShowsTheOwnersAnswerOnceAndItsEditInsteadOfTheFirst() {
    var shop = fixtures.shop();
    var posted = fixtures.review(shop, 4, "Good work, a bit pricey.");
    answers.answer(
        users.findByEmail(shop.ownerEmail()).orElseThrow(),
        posted.reviewId(),
        "Thanks! Prices include a 2-year warranty.");
    String slug =
        jdbc.queryForObject("select slug from shops where id = ?", String.class, shop.shopId());
    signInAs(shop.ownerEmail());
    navigate("shops/" + slug);
    ReviewCard card = _get(ReviewCard.class);

    assertThat(textOf(card)).contains("Prices include a 2-year warranty");
    _click(_get(card, Button.class, spec -> spec.withText("Edit reply")));
    _setValue(_get(card, TextArea.class), "Thanks! Parts carry a 2-year warranty.");
    _click(_get(card, Button.class, spec -> spec.withText("Publish")));

    assertThat(_find(card, Component.class, spec -> spec.withClasses("otopair-review-reply")))
        .as("one answer shown")
        .hasSize(1);
    assertThat(
            _get(
                card,
                Paragraph.class,
                spec -> spec.withText("Thanks! Parts carry a 2-year warranty.")))
        .isNotNull();
    assertThat(
            _find(
                card,
                Paragraph.class,
                spec -> spec.withText("Thanks! Prices include a 2-year warranty.")))
        .isEmpty();
  }
}
