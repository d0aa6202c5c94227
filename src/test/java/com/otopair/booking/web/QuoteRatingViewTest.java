package com.otopair.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Reputation.Rating;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A quote's rating in JSON: the average to one decimal and the count; no average without one. */
class QuoteRatingViewTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aRatedShopSaysItsAverageToOneDecimalAndItsCount() {
    JsonNode rating = json.valueToTree(ApiModels.RatingView.of(new Rating(4, 19)));

    assertThat(rating.path("average").asDouble()).isEqualTo(4.8);
    assertThat(rating.path("count").asInt()).isEqualTo(4);
  }

  @Test
  void anUnratedShopHasACountOfZeroAndANullAverage() {
    JsonNode rating = json.valueToTree(ApiModels.RatingView.of(Rating.NONE));

    assertThat(rating.path("average").isNull()).isTrue();
    assertThat(rating.path("count").asInt()).isZero();
  }
}
