package com.otopair.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * How the quote API ranks the shops it found: one score per shop, highest first,
 *
 * <pre>
 * score = 0.35 × rating + 0.30 × soon + 0.20 × price + 0.15 × distance
 *
 * rating   = (fair rating − 1) / 4                   the {@linkplain FairRating fair rating}, 1 to 5 stars
 * soon     = 1 − (first slot − earliest) / (latest − earliest)   where the shop's first free slot falls in the asked window
 * price    = cheapest / price                        that slot's price against the cheapest shop's first slot
 * distance = 1 − distance / radius                   how far inside the asked radius
 * </pre>
 *
 * Each term runs from 0 (worst) to 1 (best) over the candidates. Rating, time and distance are
 * measured against fixed bounds (the star scale, the window and the radius the client asked for),
 * not against the best and worst candidate, so a shop that joins or leaves the list never swaps two
 * others (min-max scaling would make a 0.1 km difference weigh as much as the whole radius). Price
 * has no fixed bound, so it is relative to the cheapest: twice the price scores half; prices in
 * different currencies are compared by their amounts. A shop nobody reviewed scores a rating of 3.5
 * stars (0.625).
 *
 * <p>Equal scores go soonest slot first, then the lower price, then the nearer shop, then by the
 * shop's address (its slug, unique): the same request always gets the same order.
 */
final class QuoteRanking {

  static final double RATING_WEIGHT = 0.35;
  static final double SOON_WEIGHT = 0.30;
  static final double PRICE_WEIGHT = 0.20;
  static final double DISTANCE_WEIGHT = 0.15;

  private QuoteRanking() {}

  /** The quotes ranked best first, for a search of {@code [earliest, latest)} within a radius. */
  static List<Quotes.ShopQuote> rank(
      List<Quotes.ShopQuote> quotes, Instant earliest, Instant latest, int radiusKm) {
    long cheapest = quotes.stream().mapToLong(q -> q.first().price().minor()).min().orElse(0);
    double window = Math.max(1, Duration.between(earliest, latest).toSeconds());
    Comparator<Quotes.ShopQuote> byScore =
        Comparator.comparingDouble(
            (Quotes.ShopQuote q) -> score(q, cheapest, earliest, window, radiusKm));
    return quotes.stream()
        .sorted(
            byScore
                .reversed()
                .thenComparing(q -> q.first().start())
                .thenComparingLong(q -> q.first().price().minor())
                .thenComparingDouble(Quotes.ShopQuote::distanceKm)
                .thenComparing(q -> q.shop().slug()))
        .toList();
  }

  private static double score(
      Quotes.ShopQuote quote, long cheapest, Instant earliest, double window, int radiusKm) {
    double rating = (FairRating.of(quote.rating()) - 1) / 4;
    double wait = Duration.between(earliest, quote.first().start()).toSeconds();
    double soon = 1 - clamp(wait / window);
    long price = quote.first().price().minor();
    double cheap = price <= 0 ? 1 : clamp((double) cheapest / price);
    double distance = 1 - clamp(quote.distanceKm() / radiusKm);
    return RATING_WEIGHT * rating
        + SOON_WEIGHT * soon
        + PRICE_WEIGHT * cheap
        + DISTANCE_WEIGHT * distance;
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
