package com.otopair.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Reputation;
import com.otopair.base.Reputation.Rating;
import com.otopair.reviews.domain.ReviewRepository;
import com.otopair.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class RatingsTest extends IntegrationTest {

  @Autowired Reputation reputation;
  @Autowired ReviewRepository reviews;
  @Autowired TransactionTemplate transactions;

  @Test
  void aSubjectsRatingIsTheMeanOfTheStarsCountedInAndOut() {
    UUID shop = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    transactions.executeWithoutResult(
        status -> {
          reviews.countIn(Ratings.SHOP, shop, 5, true);
          reviews.countIn(Ratings.SHOP, shop, 4, true);
          reviews.countIn(Ratings.SHOP, shop, 2, false);
          reviews.countOut(Ratings.SHOP, shop, 2, false);
          reviews.countIn(Ratings.MECHANIC, shop, 1, false);
        });

    assertThat(reputation.shops(List.of(shop, other))).containsOnlyKeys(shop);
    assertThat(reputation.shop(shop)).isEqualTo(new Rating(2, 9));
    assertThat(reputation.shop(shop).average()).isEqualTo(4.5);
    assertThat(reputation.shop(other)).isEqualTo(Rating.NONE);
    assertThat(reputation.mechanic(shop)).isEqualTo(new Rating(1, 1));
  }
}
