package com.otopair.booking;

import com.otopair.base.Reputation;

/**
 * A rating to rank by, fair to shops with few reviews and to their customers: a Bayesian average
 * that counts every shop as if it also had {@value #PRIOR_REVIEWS} reviews of {@value #PRIOR_STARS}
 * stars,
 *
 * <pre>fair = (PRIOR_REVIEWS × PRIOR_STARS + starSum) / (PRIOR_REVIEWS + count)</pre>
 *
 * So one 5-star review (3.75) does not outrank 200 reviews at 4.8 (4.77), a shop nobody reviewed
 * stands at 3.5, above shops whose many reviews say they disappoint, and the more reviews a shop
 * has, the closer its fair rating comes to its plain average.
 */
final class FairRating {

  /** The prior's weight: as many reviews as this. */
  static final int PRIOR_REVIEWS = 5;

  /** The prior's stars: a middling shop, neither praised nor panned. */
  static final double PRIOR_STARS = 3.5;

  private FairRating() {}

  /** The fair rating, 1 to 5 stars. */
  static double of(Reputation.Rating rating) {
    return (PRIOR_REVIEWS * PRIOR_STARS + rating.starSum()) / (PRIOR_REVIEWS + rating.count());
  }
}
