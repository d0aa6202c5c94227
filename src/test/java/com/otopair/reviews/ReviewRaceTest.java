package com.otopair.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.support.IntegrationTest;
import com.otopair.support.SignedInRace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reviews raced: the same visit posted from eight threads at once leaves one review; many customers
 * of one shop posting and then editing at once leave the shop's and mechanics' counts equal to a
 * recount of their reviews.
 */
class ReviewRaceTest extends IntegrationTest {

  @Autowired Reviews reviews;
  @Autowired ApplicationContext context;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSameBookingReviewedFromEightThreadsAtOnceIsReviewedOnce() throws Exception {
    var fixtures = new ReviewFixtures(context);
    var shop = fixtures.shop();
    String customer = fixtures.customers(1).getFirst();
    UUID booking = fixtures.completed(shop, customer);
    List<Runnable> posts = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      int stars = 1 + i % 5;
      posts.add(
          () -> reviews.post(Visit.booking(booking), new ReviewDraft(stars, "Try " + stars, true)));
    }

    List<Boolean> won = SignedInRace.run(userDetails, Collections.nCopies(8, customer), posts);

    assertThat(won).containsOnlyOnce(true);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from reviews where booking_id = ?", Integer.class, booking))
        .isOne();
    assertThat(
            jdbc.queryForObject(
                "select review_count from review_stats where subject_kind = 'SHOP'"
                    + " and subject_id = ?",
                Integer.class,
                shop.id()))
        .isOne();
  }

  @Test
  void manyReviewsOfOneShopAndTheirEditsAtOnceLeaveCountsEqualToARecount() throws Exception {
    var fixtures = new ReviewFixtures(context);
    var shop = fixtures.shop();
    List<String> customers = fixtures.customers(12);
    List<UUID> bookings = customers.stream().map(c -> fixtures.completed(shop, c)).toList();
    List<Runnable> posts = new ArrayList<>();
    List<Runnable> edits = new ArrayList<>();
    for (int i = 0; i < bookings.size(); i++) {
      Visit visit = Visit.booking(bookings.get(i));
      int stars = 1 + i % 5;
      boolean recommend = i % 3 != 0;
      posts.add(() -> reviews.post(visit, new ReviewDraft(stars, "", recommend)));
      edits.add(() -> reviews.edit(visit, new ReviewDraft(6 - stars, "Edited", !recommend)));
    }

    assertThat(SignedInRace.run(userDetails, customers, posts)).containsOnly(true);
    assertThat(SignedInRace.run(userDetails, customers, edits)).containsOnly(true);

    assertThat(stats("SHOP", shop.id())).isEqualTo(recount("shop_id", shop.id()));
    assertThat(stats("SHOP", shop.id())).containsEntry("review_count", 12);
    for (UUID mechanic : List.of(shop.bea(), shop.booking().shop().alex())) {
      assertThat(stats("MECHANIC", mechanic)).isEqualTo(recount("mechanic_id", mechanic));
    }
  }

  private Map<String, Object> stats(String kind, UUID subject) {
    return jdbc
        .queryForList(
            "select review_count, star_sum, stars_1, stars_2, stars_3, stars_4, stars_5,"
                + " recommend_count from review_stats where subject_kind = ? and subject_id = ?",
            kind,
            subject)
        .stream()
        .findFirst()
        .orElse(recount("shop_id", UUID.randomUUID()));
  }

  /** The counts review_stats should hold, counted from the visible reviews themselves. */
  private Map<String, Object> recount(String column, UUID subject) {
    return jdbc.queryForMap(
        "select count(*)::int as review_count, coalesce(sum(stars), 0)::int as star_sum,"
            + " count(*) filter (where stars = 1)::int as stars_1,"
            + " count(*) filter (where stars = 2)::int as stars_2,"
            + " count(*) filter (where stars = 3)::int as stars_3,"
            + " count(*) filter (where stars = 4)::int as stars_4,"
            + " count(*) filter (where stars = 5)::int as stars_5,"
            + " count(*) filter (where recommend)::int as recommend_count"
            + " from reviews where hidden_at is null and "
            + column
            + " = ?",
        subject);
  }
}
