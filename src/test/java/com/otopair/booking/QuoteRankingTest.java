package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.GeoPoint;
import com.otopair.base.Reputation.Rating;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.StarRatings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quote API's ranking weighs rating, the soonest slot, price and distance ({@link
 * QuoteRanking}). Each test quotes around a point of its own in northern Ontario, where no other
 * shop is, over the seven days from tomorrow; its shops' mechanics work 09:00–12:00 on the days it
 * names.
 */
class QuoteRankingTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired Quotes quotes;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired JdbcTemplate jdbc;

  private final List<PlacedShop> placed = new ArrayList<>();
  private LocalDate tomorrow;
  private StarRatings ratings;

  @BeforeEach
  void window() {
    tomorrow = LocalDate.now(clock.withZone(TORONTO)).plusDays(1);
    ratings = new StarRatings(jdbc);
  }

  @AfterEach
  void forgetRatings() {
    ratings.clear(placed.stream().map(PlacedShop::id).toArray(UUID[]::new));
  }

  /** A shop {@code kmNorth} of the point, working on the days {@code daysAhead} of today. */
  private PlacedShop shop(GeoPoint point, double kmNorth, long price, int... daysAhead) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int ahead : daysAhead) {
      days.add(tomorrow.plusDays(ahead - 1L).getDayOfWeek());
    }
    PlacedShop shop =
        PlacedShop.at(
            point.latitude() + kmNorth / 111.0,
            point.longitude(),
            days,
            price,
            users,
            shops,
            membership,
            schedules);
    placed.add(shop);
    return shop;
  }

  private Quotes.Quote quote(GeoPoint point) {
    Instant earliest = tomorrow.atStartOfDay(TORONTO).toInstant();
    Instant latest = tomorrow.plusDays(7).atStartOfDay(TORONTO).toInstant();
    return quotes.quote(new Quotes.Request(null, point, 25, null, earliest, latest, 50));
  }

  private static List<String> ranked(Quotes.Quote quote) {
    return quote.shops().stream().map(q -> q.shop().slug()).toList();
  }

  @Test
  void aWellRatedShopSlightlyFartherOutranksAPoorlyRatedNearOne() {
    GeoPoint point = new GeoPoint(50.5, -85.0);
    PlacedShop near = shop(point, 1, 9000, 1);
    PlacedShop farther = shop(point, 3, 9000, 1);
    ratings.shop(near.id(), 0, 20, 0, 0, 0);
    ratings.shop(farther.id(), 0, 0, 0, 4, 16);

    Quotes.Quote quote = quote(point);

    assertThat(ranked(quote)).containsExactly(farther.slug(), near.slug());
    assertThat(quote.shops())
        .extracting(Quotes.ShopQuote::rating)
        .containsExactly(new Rating(20, 96), new Rating(20, 40));
  }

  @Test
  void aFarSoonerSlotOutranksABetterRatingButASlightlySoonerOneDoesNot() {
    GeoPoint far = new GeoPoint(51.0, -85.0);
    PlacedShop praisedLate = shop(far, 1, 9000, 6);
    PlacedShop unratedTomorrow = shop(far, 2, 9000, 1);
    ratings.shop(praisedLate.id(), 0, 0, 0, 40, 160);

    assertThat(ranked(quote(far))).containsExactly(unratedTomorrow.slug(), praisedLate.slug());

    GeoPoint slight = new GeoPoint(51.5, -85.0);
    PlacedShop praisedDayAfter = shop(slight, 1, 9000, 2);
    PlacedShop unratedFirst = shop(slight, 2, 9000, 1);
    ratings.shop(praisedDayAfter.id(), 0, 0, 0, 40, 160);

    assertThat(ranked(quote(slight))).containsExactly(praisedDayAfter.slug(), unratedFirst.slug());
  }

  @Test
  void equalScoresGoByTheShopsSlugTheSameEveryTime() {
    GeoPoint point = new GeoPoint(52.0, -85.0);
    List<PlacedShop> twins =
        List.of(shop(point, 2, 9000, 1), shop(point, 2, 9000, 1), shop(point, 2, 9000, 1));
    List<String> bySlug = twins.stream().map(PlacedShop::slug).sorted().toList();

    assertThat(ranked(quote(point))).containsExactlyElementsOf(bySlug);
    assertThat(ranked(quote(point))).containsExactlyElementsOf(bySlug);
  }

  @Test
  void anUnratedShopCarriesNoRatingAndRanksBetweenPraisedAndPannedShops() {
    GeoPoint point = new GeoPoint(52.5, -85.0);
    PlacedShop panned = shop(point, 1, 9000, 1);
    PlacedShop unrated = shop(point, 2, 9000, 1);
    PlacedShop praised = shop(point, 3, 9000, 1);
    ratings.shop(panned.id(), 10, 10, 0, 0, 0);
    ratings.shop(praised.id(), 0, 0, 0, 5, 5);

    Quotes.Quote quote = quote(point);

    assertThat(ranked(quote)).containsExactly(praised.slug(), unrated.slug(), panned.slug());
    assertThat(quote.shops().get(1).rating()).isEqualTo(Rating.NONE);
  }

  @Test
  void aLowerPriceBreaksAnOtherwiseEvenMatch() {
    GeoPoint point = new GeoPoint(53.0, -85.0);
    PlacedShop dear = shop(point, 1, 18000, 1);
    PlacedShop cheap = shop(point, 2, 9000, 1);

    assertThat(ranked(quote(point))).containsExactly(cheap.slug(), dear.slug());
  }
}
