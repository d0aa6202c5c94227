package com.otopair.reviews.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.reviews.ReviewDraft;
import com.otopair.reviews.ReviewFixtures;
import com.otopair.reviews.ReviewLinks;
import com.otopair.reviews.Visit;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review page of a signed link and a shop's reviews read in Québec French: the form's labels,
 * its choices and every invalid field marked in French, the thanks, and the shop's numbers ("4,5",
 * "2 avis"), the share of each number of stars and the month of each visit ("novembre 2026").
 */
class ReviewsFrenchTest extends KaribuTest {

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

  @Test
  void theFormReadsAndRefusesInFrenchAndThanksInFrench() {
    UUID booking = fixtures.completed(shop, fixtures.customers(1).getFirst());

    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate(links.path(Visit.booking(booking)));
    ReviewForm form = _get(ReviewForm.class);
    assertThat(form.stars.getLabel()).isEqualTo("Votre note");
    assertThat(form.text.getLabel())
        .isEqualTo("Parlez de votre visite aux autres conducteurs (facultatif)");
    assertThat(form.text.getHelperText()).isEqualTo("Jusqu’à 2\u00a0000 caractères.");
    assertThat(form.recommend.getLabel()).isEqualTo("Recommanderiez-vous ce garage?");
    assertThat(form.save.getText()).isEqualTo("Publier votre avis");
    assertThat(textOf(UI.getCurrent()))
        .contains("Comment s’est passée votre visite?", "5 étoiles", "1 étoile", "Oui", "Non");
    assertNoMissingKey();

    _setValue(form.text, "x".repeat(2001));
    _click(form.save);
    _expectInvalid(form.stars, "Choisissez de 1 à 5 étoiles.");
    _expectInvalid(form.text, "Limitez votre avis à 2\u00a0000 caractères.");
    _expectInvalid(form.recommend, "Dites si vous recommanderiez ce garage.");

    _setValue(form.stars, 4);
    _setValue(form.text, "Travail propre, prix clair.");
    _setValue(form.recommend, true);
    _click(form.save);
    assertThat(textOf(_get(Div.class, spec -> spec.withId("review-thanks"))))
        .contains("Merci pour votre avis!", "Il aide maintenant d’autres conducteurs à choisir.");
    assertThat(_get(Anchor.class, spec -> spec.withId("review-shop-page")).getText())
        .isEqualTo("Le voir sur la page de " + shopName());
    assertThat(textOf(_get(Div.class, spec -> spec.withId("review-yours"))))
        .contains("Votre avis", "Vous recommanderiez ce garage.", "Modifier votre avis");
    assertNoMissingKey();
  }

  @Test
  void theShopsReviewsReadInFrenchWithTheirNumbersAndMonths() {
    for (int stars : new int[] {4, 5}) {
      UUID booking = fixtures.completed(shop, fixtures.customers(1).getFirst());
      Visit visit = Visit.booking(booking);
      links.post(visit, links.token(visit), new ReviewDraft(stars, "Très bon service.", true));
    }
    // Visits in November 2026, whenever the test runs.
    jdbc.update(
        "update reviews set served_at = timestamptz '2026-11-16 15:00:00 America/Toronto'"
            + " where shop_id = ?",
        shop.id());

    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("shops/" + shop.consult().slug());
    assertThat(_get(Span.class, spec -> spec.withId("reviews-average")).getText()).isEqualTo("4,5");
    assertThat(_get(Span.class, spec -> spec.withId("reviews-count")).getText())
        .isEqualTo("2 avis");
    assertThat(textOf(_get(Div.class, spec -> spec.withId("reviews-distribution"))))
        .contains(
            "5 étoiles",
            "4 étoiles",
            "1 étoile",
            // The page's words with plain spaces: "50 %" is French's share.
            "1 (50 %)",
            "0 (0 %)");
    String list = textOf(_get(ReviewList.class));
    assertThat(list)
        .contains(
            "Avis",
            "Trier par",
            "Client vérifié",
            "Oil change · visite en novembre 2026",
            "Recommande ce garage",
            "Très bon service.")
        .doesNotContain("Verified", "visited", "November");
    assertNoMissingKey();
  }

  private String shopName() {
    return jdbc.queryForObject("select name from shops where id = ?", String.class, shop.id());
  }

  /** No key was left without its French text ("!reviews.list.title!"). */
  private static void assertNoMissingKey() {
    assertThat(textOf(UI.getCurrent())).doesNotContainPattern(MISSING_KEY);
  }
}
