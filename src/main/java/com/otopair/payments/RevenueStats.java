package com.otopair.payments;

import com.otopair.base.StatRange;
import com.otopair.shops.ShopScope;
import java.time.LocalDate;
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
 * Money taken, for reports, aggregated in SQL: one shop's (its owner) or the marketplace's ({@code
 * null}, admins), in one currency (CAD and USD are never added up). Revenue is what was captured
 * plus what was charged on top, less what was refunded, of every payment taken (captured, or
 * refunded since), counted in the period the payment was made, in the range's zone.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RevenueStats {

  private static final String TAKEN = "p.status in ('CAPTURED', 'REFUNDED')";
  private static final String FIGURES =
      "count(*) as paid, coalesce(sum(p.captured_minor + p.extra_minor - p.refunded_minor), 0)"
          + " as revenue_minor, coalesce(sum(p.refunded_minor), 0) as refunded_minor";

  private final JdbcClient jdbc;
  private final ShopScope scope;

  RevenueStats(JdbcClient jdbc, ShopScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /** Payments taken, revenue and refunds, in minor units of the currency asked for. */
  public record Revenue(long payments, long revenueMinor, long refundedMinor) {
    public static final Revenue NONE = new Revenue(0, 0, 0);
  }

  public record Period(LocalDate period, Revenue revenue) {}

  /** Every period of the range, in order, the empty ones with zeros. */
  public List<Period> byPeriod(@Nullable UUID shopId, String currency, StatRange range) {
    scope.require(shopId);
    return jdbc.sql(
            "with taken as (select "
                + StatRange.periodOf("p.created_at")
                + " as period, "
                + FIGURES
                + " from payments p where "
                + where(shopId)
                + " group by 1) select periods.period, t.paid, t.revenue_minor, t.refunded_minor"
                + " from ("
                + StatRange.PERIODS
                + ") periods left join taken t on t.period = periods.period"
                + " order by periods.period")
        .params(parameters(shopId, currency, range))
        .query((row, n) -> new Period(row.getObject("period", LocalDate.class), revenue(row)))
        .list();
  }

  /** The revenue of each of these shops (admins: the top shops' table). */
  public Map<UUID, Revenue> byShop(Collection<UUID> shopIds, String currency, StatRange range) {
    scope.require(null);
    Map<UUID, Revenue> found = new HashMap<>();
    if (shopIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select p.shop_id, "
                + FIGURES
                + " from payments p where p.shop_id in (:shops) and "
                + where(null)
                + " group by p.shop_id")
        .params(parameters(null, currency, range))
        .param("shops", List.copyOf(shopIds))
        .query(
            row -> {
              found.put(row.getObject("shop_id", UUID.class), revenue(row));
            });
    return found;
  }

  private static String where(@Nullable UUID shopId) {
    return (shopId == null ? "" : "p.shop_id = :shop and ")
        + "p.currency = :currency and p.created_at >= :start and p.created_at < :end and "
        + TAKEN;
  }

  private static Map<String, Object> parameters(
      @Nullable UUID shopId, String currency, StatRange range) {
    Map<String, Object> parameters = range.sqlParameters();
    parameters.put("currency", currency);
    if (shopId != null) {
      parameters.put("shop", shopId);
    }
    return parameters;
  }

  private static Revenue revenue(java.sql.ResultSet row) throws java.sql.SQLException {
    return new Revenue(
        row.getLong("paid"), row.getLong("revenue_minor"), row.getLong("refunded_minor"));
  }
}
