package com.otopair.payments;

import com.otopair.base.Periods;
import com.otopair.base.StatRange;
import com.otopair.shops.ShopMembership;
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
 *
 * <p>The figures are read from the daily summary {@code payment_days} (kept exact by triggers,
 * Liquibase 0053) when the range's days are UTC days or the shop's own, which is every report's; a
 * range in any other zone adds up the payments themselves (the live queries, same figures).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RevenueStats {

  private static final String TAKEN = "p.status in ('CAPTURED', 'REFUNDED')";
  private static final String FIGURES =
      "count(*) as paid, coalesce(sum(p.captured_minor + p.extra_minor - p.refunded_minor), 0)"
          + " as revenue_minor, coalesce(sum(p.refunded_minor), 0) as refunded_minor";

  /** The figures' columns, as {@link #revenue} reads them. */
  private static final String[] COLUMNS = {"paid", "revenue_minor", "refunded_minor"};

  private static final String SUMMED =
      "sum(d.payments) as paid, sum(d.revenue_minor) as revenue_minor,"
          + " sum(d.refunded_minor) as refunded_minor";

  private final JdbcClient jdbc;
  private final ShopScope scope;
  private final ShopMembership shops;

  RevenueStats(JdbcClient jdbc, ShopScope scope, ShopMembership shops) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.shops = shops;
  }

  /** Payments taken, revenue and refunds, in minor units of the currency asked for. */
  public record Revenue(long payments, long revenueMinor, long refundedMinor) {
    public static final Revenue NONE = new Revenue(0, 0, 0);
  }

  public record Period(LocalDate period, Revenue revenue) {}

  /** Every period of the range, in order, the empty ones with zeros. */
  public List<Period> byPeriod(@Nullable UUID shopId, String currency, StatRange range) {
    scope.require(shopId);
    String day = Periods.summaryDay(shopId, range, shops::zoneOf);
    if (day == null) {
      return liveByPeriod(shopId, currency, range);
    }
    return jdbc.sql(Periods.filledFromSummary("payment_days", SUMMED, shopId, day, COLUMNS))
        .params(Periods.parameters(shopId, currency, range))
        .query((row, n) -> new Period(row.getObject("period", LocalDate.class), revenue(row)))
        .list();
  }

  /** {@link #byPeriod} added up from the payments themselves. */
  List<Period> liveByPeriod(@Nullable UUID shopId, String currency, StatRange range) {
    return jdbc.sql(
            Periods.filledFromRows("p.created_at", FIGURES, "payments p", where(shopId), COLUMNS))
        .params(Periods.parameters(shopId, currency, range))
        .query((row, n) -> new Period(row.getObject("period", LocalDate.class), revenue(row)))
        .list();
  }

  /** The revenue of each of these shops (admins: the top shops' table). */
  public Map<UUID, Revenue> byShop(Collection<UUID> shopIds, String currency, StatRange range) {
    scope.require(null);
    String day = Periods.summaryDay(null, range, shops::zoneOf);
    if (day == null) {
      return liveByShop(shopIds, currency, range);
    }
    Map<UUID, Revenue> found = new HashMap<>();
    if (shopIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select d.shop_id, "
                + SUMMED
                + " from payment_days d where d.shop_id in (:shops) and "
                + Periods.summaryWhere(null, day)
                + " group by d.shop_id having sum(d.payments) > 0")
        .params(Periods.parameters(null, currency, range))
        .param("shops", List.copyOf(shopIds))
        .query(
            row -> {
              found.put(row.getObject("shop_id", UUID.class), revenue(row));
            });
    return found;
  }

  /** {@link #byShop} added up from the payments themselves. */
  Map<UUID, Revenue> liveByShop(Collection<UUID> shopIds, String currency, StatRange range) {
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
        .params(Periods.parameters(null, currency, range))
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

  private static Revenue revenue(java.sql.ResultSet row) throws java.sql.SQLException {
    return new Revenue(
        row.getLong("paid"), row.getLong("revenue_minor"), row.getLong("refunded_minor"));
  }
}
