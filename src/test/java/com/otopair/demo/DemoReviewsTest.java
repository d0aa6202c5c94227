package com.otopair.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Reputation;
import com.otopair.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's live shops and their mechanics are reviewed, each shop with its own rating. */
class DemoReviewsTest extends IntegrationTest {

  @Autowired Reputation reputation;
  @Autowired JdbcTemplate jdbc;

  @Test
  void eachLiveDemoShopHasReviewsAndTheirAveragesDiffer() {
    List<UUID> shops =
        jdbc.queryForList(
            "select id from shops where slug in"
                + " ('garage-du-plateau', 'atelier-rosemont', 'eastside-auto')",
            UUID.class);
    assertThat(shops).hasSize(3);
    var ratings = reputation.shops(shops);
    assertThat(ratings.values()).allMatch(r -> r.count() >= 5);
    assertThat(ratings.values().stream().map(r -> r.average()).distinct()).hasSize(3);
    assertThat(
            jdbc.queryForObject(
                "select count(distinct mechanic_id) from reviews r join shops s on s.id = r.shop_id"
                    + " where s.slug = 'atelier-rosemont'",
                Integer.class))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from reviews r join shops s on s.id = r.shop_id"
                    + " where s.slug = 'atelier-rosemont' and r.body like '%é%'",
                Integer.class))
        .isPositive();
  }

  @Test
  void ownersAnsweredReviewsAndOneWaitsForModeration() {
    assertThat(
            jdbc.queryForList(
                "select s.slug from reviews r join shops s on s.id = r.shop_id"
                    + " where r.reply is not null and s.slug in"
                    + " ('garage-du-plateau', 'atelier-rosemont', 'eastside-auto')"
                    + " order by s.slug",
                String.class))
        .containsExactly("atelier-rosemont", "garage-du-plateau");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from review_reports p join reviews r on r.id = p.review_id"
                    + " where p.resolved_at is null and r.body like '%512-555-0143%'",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void noDemoReviewSpeaksOfAVisitStillToCome() {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from reviews r join shops s on s.id = r.shop_id"
                    + " where r.served_at > r.posted_at and s.slug in"
                    + " ('garage-du-plateau', 'atelier-rosemont', 'eastside-auto')",
                Integer.class))
        .isZero();
  }
}
