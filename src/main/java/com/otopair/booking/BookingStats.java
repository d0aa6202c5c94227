package com.otopair.booking;

import com.otopair.base.Periods;
import com.otopair.base.StatRange;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopScope;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings counted for reports, aggregated in SQL: one shop's (for its owner) or the marketplace's
 * ({@code null}, for admins), in one currency. A booking counts in the period of its appointment's
 * start, in the range's zone; held, expired and rescheduled bookings don't count (the booking a
 * reschedule made does). Its value is the booked price of the completed ones.
 *
 * <p>The figures are read from the daily summary {@code booking_days} (kept exact by a trigger on
 * {@code bookings}, Liquibase 0053) when the range's days are UTC days or the shop's own, which is
 * every report's; a range in any other zone counts the bookings themselves (the live queries, which
 * give the same figures).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BookingStats {

  /** The statuses of bookings that count: made, and not replaced by a reschedule. */
  static final String COUNTED = "b.status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED')";

  private static final String FIGURES =
      """
      count(*) as booked,
      count(*) filter (where b.status = 'COMPLETED') as completed,
      count(*) filter (where b.status = 'CANCELLED') as cancelled,
      count(*) filter (where b.status = 'CANCELLED' and b.cancelled_late) as late,
      count(*) filter (where b.status = 'NO_SHOW') as no_shows,
      coalesce(sum(b.price_minor) filter (where b.status = 'COMPLETED'), 0) as value_minor
      """;

  /** The figures' columns, as {@link #counts} reads them. */
  private static final String[] COLUMNS = {
    "booked", "completed", "cancelled", "late", "no_shows", "value_minor"
  };

  /** The same figures added up from the daily summary's rows. */
  private static final String SUMMED =
      """
      sum(d.booked) as booked, sum(d.completed) as completed, sum(d.cancelled) as cancelled,
      sum(d.late) as late, sum(d.no_shows) as no_shows, sum(d.value_minor) as value_minor
      """;

  private final JdbcClient jdbc;
  private final ShopScope scope;
  private final ShopMembership shops;

  BookingStats(JdbcClient jdbc, ShopScope scope, ShopMembership shops) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.shops = shops;
  }

  /** What one period, group or shop counts. */
  public record Counts(
      long booked,
      long completed,
      long cancelled,
      long lateCancelled,
      long noShows,
      long valueMinor) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
  }

  public record Period(LocalDate period, Counts counts) {}

  public record Category(OfferingCategory category, Counts counts) {}

  public record ShopCounts(UUID shopId, String shopName, Counts counts) {}

  /** Every period of the range, in order, the empty ones with zeros. */
  public List<Period> byPeriod(@Nullable UUID shopId, String currency, StatRange range) {
    scope.require(shopId);
    String day = Periods.summaryDay(shopId, range, shops::zoneOf);
    if (day == null) {
      return liveByPeriod(shopId, currency, range);
    }
    return jdbc.sql(Periods.filledFromSummary("booking_days", SUMMED, shopId, day, COLUMNS))
        .params(Periods.parameters(shopId, currency, range))
        .query((row, n) -> new Period(row.getObject("period", LocalDate.class), counts(row)))
        .list();
  }

  /** {@link #byPeriod} counted from the bookings themselves. */
  List<Period> liveByPeriod(@Nullable UUID shopId, String currency, StatRange range) {
    return jdbc.sql(
            Periods.filledFromRows("b.starts_at", FIGURES, "bookings b", where(shopId), COLUMNS))
        .params(Periods.parameters(shopId, currency, range))
        .query((row, n) -> new Period(row.getObject("period", LocalDate.class), counts(row)))
        .list();
  }

  /** The categories of service that were booked, the most booked first. */
  public List<Category> byCategory(@Nullable UUID shopId, String currency, StatRange range) {
    scope.require(shopId);
    String day = Periods.summaryDay(shopId, range, shops::zoneOf);
    if (day == null) {
      return liveByCategory(shopId, currency, range);
    }
    return jdbc.sql(
            "select d.category, "
                + SUMMED
                + " from booking_days d where "
                + Periods.summaryWhere(shopId, day)
                + " group by d.category having sum(d.booked) > 0"
                + " order by booked desc, d.category")
        .params(Periods.parameters(shopId, currency, range))
        .query(
            (row, n) ->
                new Category(OfferingCategory.valueOf(row.getString("category")), counts(row)))
        .list();
  }

  /** {@link #byCategory} counted from the bookings themselves. */
  List<Category> liveByCategory(@Nullable UUID shopId, String currency, StatRange range) {
    return jdbc.sql(
            "select o.category, "
                + FIGURES
                + " from bookings b join offerings o on o.id = b.offering_id where "
                + where(shopId)
                + " group by o.category order by booked desc, o.category")
        .params(Periods.parameters(shopId, currency, range))
        .query(
            (row, n) ->
                new Category(OfferingCategory.valueOf(row.getString("category")), counts(row)))
        .list();
  }

  /** The marketplace's most booked shops (admins), at most {@code limit}. */
  public List<ShopCounts> topShops(String currency, StatRange range, int limit) {
    scope.require(null);
    String day = Periods.summaryDay(null, range, shops::zoneOf);
    if (day == null) {
      return liveTopShops(currency, range, limit);
    }
    return jdbc.sql(
            "with counted as (select d.shop_id, "
                + SUMMED
                + " from booking_days d where "
                + Periods.summaryWhere(null, day)
                + " group by d.shop_id having sum(d.booked) > 0"
                + " order by booked desc, d.shop_id limit :limit)"
                + " select c.*, s.name from counted c join shops s on s.id = c.shop_id"
                + " order by c.booked desc, c.shop_id")
        .params(Periods.parameters(null, currency, range))
        .param("limit", Math.max(1, Math.min(limit, 100)))
        .query(
            (row, n) ->
                new ShopCounts(
                    row.getObject("shop_id", UUID.class), row.getString("name"), counts(row)))
        .list();
  }

  /** {@link #topShops} counted from the bookings themselves. */
  List<ShopCounts> liveTopShops(String currency, StatRange range, int limit) {
    return jdbc.sql(
            "with counted as (select b.shop_id, "
                + FIGURES
                + " from bookings b where "
                + where(null)
                + " group by b.shop_id order by booked desc, b.shop_id limit :limit)"
                + " select c.*, s.name from counted c join shops s on s.id = c.shop_id"
                + " order by c.booked desc, c.shop_id")
        .params(Periods.parameters(null, currency, range))
        .param("limit", Math.max(1, Math.min(limit, 100)))
        .query(
            (row, n) ->
                new ShopCounts(
                    row.getObject("shop_id", UUID.class), row.getString("name"), counts(row)))
        .list();
  }

  private static String where(@Nullable UUID shopId) {
    return (shopId == null ? "" : "b.shop_id = :shop and ")
        + "b.currency = :currency and b.starts_at >= :start and b.starts_at < :end and "
        + COUNTED;
  }

  private static Counts counts(java.sql.ResultSet row) throws java.sql.SQLException {
    return new Counts(
        row.getLong("booked"),
        row.getLong("completed"),
        row.getLong("cancelled"),
        row.getLong("late"),
        row.getLong("no_shows"),
        row.getLong("value_minor"));
  }
}
