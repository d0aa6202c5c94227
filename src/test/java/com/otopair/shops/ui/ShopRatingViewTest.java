package com.otopair.shops.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Formats;
import com.otopair.base.Reputation;
import com.otopair.base.ui.RatingLine;
import com.otopair.support.KaribuTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shop page says its rating beside its name, as the reviews below count it. */
class ShopRatingViewTest extends KaribuTest {

  @Autowired Reputation reputation;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aReviewedShopShowsItsAverageAndCountBesideItsName() {
    UUID plateau =
        jdbc.queryForObject("select id from shops where slug = 'garage-du-plateau'", UUID.class);
    var rating = reputation.shop(plateau);
    assertThat(rating.rated()).as("the demo's reviews").isTrue();

    navigate("shops/garage-du-plateau");

    RatingLine line = _get(RatingLine.class, spec -> spec.withId("shop-rating"));
    assertThat(line.getElement().getAttribute("aria-label"))
        .isEqualTo(
            "Rated "
                + Formats.current().rating(rating.average())
                + " out of 5 from "
                + rating.count()
                + " reviews");
  }
}
