package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Reputation.Rating;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.StarRatings;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search shows each shop's rating and sorts by a fair rating: shops of the test's own north of
 * Phoenix (no other test or the demo searches there), rated through review_stats rows.
 */
class ShopSearchRatingTest extends IntegrationTest {

  static final double PHOENIX_LATITUDE = 33.4484;
  static final double PHOENIX_LONGITUDE = -112.0740;

  @Autowired ShopSearch search;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired JdbcTemplate jdbc;

  private final List<PlacedShop> placed = new ArrayList<>();

  @AfterEach
  void forgetRatings() {
    new StarRatings(jdbc).clear(placed.stream().map(PlacedShop::id).toArray(java.util.UUID[]::new));
  }

  private PlacedShop shop(double kmNorth) {
    PlacedShop shop =
        PlacedShop.at(
            PHOENIX_LATITUDE + kmNorth / 111.0,
            PHOENIX_LONGITUDE,
            EnumSet.allOf(DayOfWeek.class),
            9000,
            users,
            shops,
            membership,
            schedules);
    placed.add(shop);
    return shop;
  }

  /** The test's own shops among the results, in their order. */
  private List<String> ours(ShopSearch.Order order) {
    List<String> slugs = placed.stream().map(PlacedShop::slug).toList();
    return search
        .search(new ShopSearch.Query("Phoenix", 10, null, null, null, order, 0))
        .results()
        .stream()
        .map(r -> r.shop().slug())
        .filter(slugs::contains)
        .toList();
  }

  @Test
  void eachResultCarriesItsShopsRatingAndAnUnratedShopNone() {
    PlacedShop rated = shop(1);
    PlacedShop unrated = shop(2);
    new StarRatings(jdbc).shop(rated.id(), 0, 0, 1, 2, 3);

    List<ShopSearch.Result> results =
        search
            .search(
                new ShopSearch.Query("Phoenix", 10, null, null, null, ShopSearch.Order.DISTANCE, 0))
            .results();

    assertThat(results)
        .filteredOn(r -> r.shop().id().equals(rated.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.rating()).isEqualTo(new Rating(6, 26)));
    assertThat(results)
        .filteredOn(r -> r.shop().id().equals(unrated.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.rating()).isEqualTo(Rating.NONE));
  }

  @Test
  void byRatingTwoHundredReviewsAtFourPointEightOutrankOneFiveStarReviewAndUnratedShopsSitMidway() {
    PlacedShop oneFiveStar = shop(1);
    PlacedShop unrated = shop(2);
    PlacedShop twoHundred = shop(3);
    PlacedShop panned = shop(4);
    PlacedShop twin = shop(5);
    var ratings = new StarRatings(jdbc);
    ratings.shop(oneFiveStar.id(), 0, 0, 0, 0, 1);
    ratings.shop(twoHundred.id(), 0, 0, 0, 40, 160);
    ratings.shop(panned.id(), 5, 15, 0, 0, 0);
    ratings.shop(twin.id(), 0, 0, 0, 40, 160);

    assertThat(ours(ShopSearch.Order.DISTANCE))
        .containsExactly(
            oneFiveStar.slug(), unrated.slug(), twoHundred.slug(), panned.slug(), twin.slug());
    // Fair ratings: 4.77 twice (the nearer first), 3.75, 3.5 for nobody’s opinion yet, 2.1.
    assertThat(ours(ShopSearch.Order.RATING))
        .containsExactly(
            twoHundred.slug(), twin.slug(), oneFiveStar.slug(), unrated.slug(), panned.slug());
  }
}
