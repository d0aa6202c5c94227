package com.otopair.support;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ratings a test gives shops and mechanics without posting reviews: rows of {@code review_stats}
 * (what base.Reputation reads), counts by stars that agree with the table's checks. Tests remove
 * theirs with {@link #clear}.
 */
public record StarRatings(JdbcTemplate jdbc) {

  /** The shop's reviews: how many of 1, 2, 3, 4 and 5 stars. */
  public void shop(UUID shopId, int ones, int twos, int threes, int fours, int fives) {
    rate("SHOP", shopId, ones, twos, threes, fours, fives);
  }

  /** The mechanic's (user id's) reviews: how many of 1, 2, 3, 4 and 5 stars. */
  public void mechanic(UUID userId, int ones, int twos, int threes, int fours, int fives) {
    rate("MECHANIC", userId, ones, twos, threes, fours, fives);
  }

  /** Forgets every rating of these shops and mechanics. */
  public void clear(UUID... subjects) {
    for (UUID subject : subjects) {
      jdbc.update("delete from review_stats where subject_id = ?", subject);
    }
  }

  private void rate(
      String kind, UUID subject, int ones, int twos, int threes, int fours, int fives) {
    jdbc.update(
        """
        insert into review_stats (subject_kind, subject_id, review_count, star_sum,
            stars_1, stars_2, stars_3, stars_4, stars_5, recommend_count)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
        on conflict (subject_kind, subject_id) do update set
            review_count = excluded.review_count, star_sum = excluded.star_sum,
            stars_1 = excluded.stars_1, stars_2 = excluded.stars_2, stars_3 = excluded.stars_3,
            stars_4 = excluded.stars_4, stars_5 = excluded.stars_5, recommend_count = 0
        """,
        kind,
        subject,
        ones + twos + threes + fours + fives,
        ones + 2 * twos + 3 * threes + 4 * fours + 5 * fives,
        ones,
        twos,
        threes,
        fours,
        fives);
  }
}
