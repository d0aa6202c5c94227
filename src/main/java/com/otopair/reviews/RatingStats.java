package com.otopair.reviews;

import com.otopair.base.StatRange;
import com.otopair.shops.ShopScope;
import java.util.Collection;
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
 * Mechanics' ratings for reports: the average stars of the reviews posted in the range (hidden ones
 * count nowhere), at one shop (its owner) or anywhere ({@code null}, admins), aggregated in SQL.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RatingStats {

  private final JdbcClient jdbc;
  private final ShopScope scope;

  RatingStats(JdbcClient jdbc, ShopScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /** The average of {@code reviews} reviews' stars. */
  public record Stars(double average, long reviews) {}

  /** These mechanics' ratings; a mechanic without reviews in the range is absent. */
  public Map<UUID, Stars> byMechanic(
      @Nullable UUID shopId, Collection<UUID> mechanicIds, StatRange range) {
    scope.require(shopId);
    Map<UUID, Stars> found = new HashMap<>();
    if (mechanicIds.isEmpty()) {
      return found;
    }
    Map<String, Object> parameters = range.sqlParameters();
    parameters.put("mechanics", List.copyOf(mechanicIds));
    if (shopId != null) {
      parameters.put("shop", shopId);
    }
    jdbc.sql(
            "select r.mechanic_id, avg(r.stars) as average, count(*) as reviews from reviews r"
                + " where r.mechanic_id in (:mechanics) and r.hidden_at is null"
                + " and r.posted_at >= :start and r.posted_at < :end"
                + (shopId == null ? "" : " and r.shop_id = :shop")
                + " group by r.mechanic_id")
        .params(parameters)
        .query(
            row -> {
              found.put(
                  row.getObject("mechanic_id", UUID.class),
                  new Stars(row.getDouble("average"), row.getLong("reviews")));
            });
    return found;
  }
}
