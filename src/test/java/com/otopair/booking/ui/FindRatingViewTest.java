package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.ui.RatingLine;
import com.otopair.booking.PlacedShop;
import com.otopair.booking.ShopSearch;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.PageTexts;
import com.otopair.support.StarRatings;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Find shows each shop's rating and sorts by it, kept in the address: three shops of the test's own
 * north of Seattle (no other test or the demo searches there): one 5-star review nearest, 200
 * reviews at 4.8 next, nobody's opinion yet farthest.
 */
class FindRatingViewTest extends KaribuTest {

  static final double SEATTLE_LATITUDE = 47.6062;
  static final double SEATTLE_LONGITUDE = -122.3321;

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired JdbcTemplate jdbc;

  PlacedShop oneReview;
  PlacedShop twoHundred;
  PlacedShop unrated;

  @BeforeEach
  void shops() {
    oneReview = shop(1);
    twoHundred = shop(2);
    unrated = shop(3);
    var ratings = new StarRatings(jdbc);
    ratings.shop(oneReview.id(), 0, 0, 0, 0, 1);
    ratings.shop(twoHundred.id(), 0, 0, 0, 40, 160);
  }

  @AfterEach
  void forgetRatings() {
    new StarRatings(jdbc).clear(oneReview.id(), twoHundred.id(), unrated.id());
  }

  private PlacedShop shop(double kmNorth) {
    return PlacedShop.at(
        SEATTLE_LATITUDE + kmNorth / 111.0,
        SEATTLE_LONGITUDE,
        EnumSet.allOf(DayOfWeek.class),
        9000,
        users,
        shops,
        membership,
        schedules);
  }

  /** The test's shops' cards, in the order shown. */
  private List<FindResultCard> ours() {
    return _find(FindResultCard.class).stream()
        .filter(
            card ->
                List.of(oneReview.name(), twoHundred.name(), unrated.name()).stream()
                    .anyMatch(card.getElement().getTextRecursively()::contains))
        .toList();
  }

  private static String nameOn(FindResultCard card) {
    return card.getElement().getChild(0).getText();
  }

  private static Optional<RatingLine> ratingOn(FindResultCard card) {
    return card.getChildren()
        .filter(RatingLine.class::isInstance)
        .map(RatingLine.class::cast)
        .findFirst();
  }

  @Test
  void eachResultShowsItsStarsAverageAndCountAndAnUnratedShopNoLine() {
    navigate("find?where=Seattle&km=5");

    List<FindResultCard> cards = ours();
    assertThat(cards)
        .extracting(FindRatingViewTest::nameOn)
        .containsExactly(oneReview.name(), twoHundred.name(), unrated.name());
    RatingLine many = ratingOn(cards.get(1)).orElseThrow();
    assertThat(many.getElement().getTextRecursively()).isEqualTo("★★★★★4.8 (200)");
    assertThat(many.getElement().getAttribute("aria-label"))
        .isEqualTo("Rated 4.8 out of 5 from 200 reviews");
    assertThat(ratingOn(cards.get(0)).orElseThrow().getElement().getAttribute("aria-label"))
        .isEqualTo("Rated 5.0 out of 5 from 1 review");
    assertThat(ratingOn(cards.get(2))).isEmpty();
  }

  @Test
  void sortingByRatingPutsTwoHundredReviewsFirstAndStaysInTheAddress() {
    navigate("find?where=Seattle&km=5&sort=rating");
    FindView view = _get(FindView.class);

    assertThat(view.order.getValue()).isEqualTo(ShopSearch.Order.RATING);
    assertThat(view.filtersToggle.getText()).isEqualTo("Filters (2)");
    assertThat(ours())
        .extracting(FindRatingViewTest::nameOn)
        .containsExactly(twoHundred.name(), oneReview.name(), unrated.name());
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .isEqualTo(
            Map.of("where", List.of("Seattle"), "km", List.of("5"), "sort", List.of("rating")));

    view.order.setValue(ShopSearch.Order.DISTANCE);
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .isEqualTo(Map.of("where", List.of("Seattle"), "km", List.of("5")));
  }

  @Test
  void inFrenchTheAverageHasADecimalCommaAndTheSortSaysEvaluation() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("find?where=Seattle&km=5&sort=rating");
    FindView view = _get(FindView.class);

    RatingLine many = ratingOn(ours().getFirst()).orElseThrow();
    assertThat(many.getElement().getTextRecursively()).isEqualTo("★★★★★4,8 (200)");
    assertThat(many.getElement().getAttribute("aria-label"))
        .isEqualTo("Noté 4,8 sur 5 selon 200 avis");
    assertThat(view.order.getItemLabelGenerator().apply(ShopSearch.Order.RATING))
        .isEqualTo("Évaluation");
    assertThat(PageTexts.textOf(UI.getCurrent())).doesNotContain("!booking.", "!base.");
  }
}
