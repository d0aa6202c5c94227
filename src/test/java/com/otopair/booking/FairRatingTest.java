package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.otopair.base.Reputation.Rating;
import org.junit.jupiter.api.Test;

/** The fair rating counts every shop as if it also had 5 reviews of 3.5 stars. */
class FairRatingTest {

  @Test
  void oneFiveStarReviewStaysBelowTwoHundredAtFourPointEight() {
    double single = FairRating.of(new Rating(1, 5));
    double many = FairRating.of(new Rating(200, 960));

    assertThat(single).isCloseTo(3.75, within(1e-9));
    assertThat(many).isCloseTo(977.5 / 205, within(1e-9));
    assertThat(many).isGreaterThan(single);
  }

  @Test
  void nobodysOpinionIsThePriorAndManyReviewsComeCloseToTheirAverage() {
    assertThat(FairRating.of(Rating.NONE)).isEqualTo(3.5);
    assertThat(FairRating.of(new Rating(20, 40))).isCloseTo(2.3, within(1e-9));
    assertThat(FairRating.of(new Rating(10_000, 20_000))).isCloseTo(2.0, within(0.01));
  }
}
