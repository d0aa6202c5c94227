package com.otopair.reviews;

import com.otopair.shops.ShopMembership;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's home in numbers, from the reviews: the shop's average stars and number of reviews,
 * and the average of each of the last months (by the month a review was posted, in the shop's
 * zone). Hidden reviews don't count, as on the public page. Averaged in SQL; only the shop's owner
 * may read them, a stranger is told the shop is not there.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OwnerRatings {

  /** How many months the trend shows, this one included. */
  public static final int MONTHS = 6;

  private final JdbcClient jdbc;
  private final ShopMembership membership;
  private final Clock clock;

  OwnerRatings(JdbcClient jdbc, ShopMembership membership, Clock clock) {
    this.jdbc = jdbc;
    this.membership = membership;
    this.clock = clock;
  }

  /** One month's reviews: their number and average stars (null with none). */
  public record Month(YearMonth month, long reviews, @Nullable Double average) {}

  /** The shop's average over every review (null with none), their number, and the last months. */
  public record Trend(
      @Nullable Double average, long reviews, String shopSlug, List<Month> months) {}

  public Trend trend(UUID shopId) {
    membership.requireOwner(shopId);
    ZoneId zone = membership.zoneOf(shopId);
    YearMonth now = YearMonth.from(LocalDate.ofInstant(clock.instant(), zone));
    YearMonth first = now.minusMonths(MONTHS - 1L);
    Map<YearMonth, Month> byMonth = new HashMap<>();
    jdbc.sql(
            """
            select extract(year from posted_at at time zone :zone)::int as year,
                   extract(month from posted_at at time zone :zone)::int as month,
                   count(*) as reviews, avg(stars) as average
            from reviews
            where shop_id = :shop and hidden_at is null and posted_at >= :from
            group by 1, 2
            """)
        .param("shop", shopId)
        .param("zone", zone.getId())
        .param("from", Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant()))
        .query(
            (rs, n) -> {
              YearMonth month = YearMonth.of(rs.getInt("year"), rs.getInt("month"));
              return byMonth.put(
                  month, new Month(month, rs.getLong("reviews"), rs.getDouble("average")));
            })
        .list();
    List<Month> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(now); month = month.plusMonths(1)) {
      months.add(byMonth.getOrDefault(month, new Month(month, 0, null)));
    }
    record Overall(long reviews, @Nullable Double average) {}
    Overall overall =
        jdbc.sql(
                """
                select count(*) as reviews, avg(stars) as average
                from reviews where shop_id = :shop and hidden_at is null
                """)
            .param("shop", shopId)
            .query(
                (rs, n) -> {
                  long reviews = rs.getLong("reviews");
                  return new Overall(reviews, reviews == 0 ? null : rs.getDouble("average"));
                })
            .single();
    return new Trend(overall.average(), overall.reviews(), membership.ref(shopId).slug(), months);
  }
}
