package com.otopair.base;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The SQL the modules' stats share to report a {@link StatRange} period by period: every period of
 * the range, the empty ones filled in ({@link #filled}), read from a daily summary table (alias
 * {@code d}, with {@code shop_id}, {@code currency}, {@code utc_day} and {@code local_day}) when
 * its days are the range's ({@link #summaryDay}), one shop's or the marketplace's, in one currency.
 */
public final class Periods {

  private Periods() {}

  /**
   * Every period of the range, in order ({@code period}), with the {@code figures} that {@code
   * counted} gave it: a select of {@code period} and those figures, grouped by period. A period
   * {@code counted} has no row for has nulls, which the caller reads as zeros.
   */
  public static String filled(String counted, String... figures) {
    return "with counted as ("
        + counted
        + ") select periods.period, "
        + Arrays.stream(figures).map(f -> "c." + f).collect(Collectors.joining(", "))
        + " from ("
        + StatRange.PERIODS
        + ") periods left join counted c on c.period = periods.period"
        + " order by periods.period";
  }

  /**
   * Every period of the range with the figures ({@code summed}, named {@code figures}) added up
   * from the daily summary {@code table} (alias {@code d}) over the days the column {@code day}
   * holds ({@link #summaryDay}), of the shop (or all shops) and the currency.
   */
  public static String filledFromSummary(
      String table, String summed, @Nullable UUID shopId, String day, String... figures) {
    return filled(
        "select "
            + StatRange.periodOfDay(day)
            + " as period, "
            + summed
            + " from "
            + table
            + " d where "
            + summaryWhere(shopId, day)
            + " group by 1",
        figures);
  }

  /**
   * Every period of the range with the figures ({@code counted}, named {@code figures}) counted
   * from the rows of {@code from} that match {@code where}, each in the period of its timestamp
   * {@code column} in the range's zone.
   */
  public static String filledFromRows(
      String column, String counted, String from, String where, String... figures) {
    return filled(
        "select "
            + StatRange.periodOf(column)
            + " as period, "
            + counted
            + " from "
            + from
            + " where "
            + where
            + " group by 1",
        figures);
  }

  /**
   * The summary's column that holds the range's days: the UTC day for a UTC range, the shop's day
   * for a range in its own zone ({@code zoneOf} the shop); {@code null} for any other zone (the
   * summary can't answer it).
   */
  public static @Nullable String summaryDay(
      @Nullable UUID shopId, StatRange range, Function<UUID, ZoneId> zoneOf) {
    if (range.inUtc()) {
      return "d.utc_day";
    }
    if (shopId != null && zoneOf.apply(shopId).getId().equals(range.zone().getId())) {
      return "d.local_day";
    }
    return null;
  }

  /** The summary's rows of the shop (or all shops), the currency and the range's days. */
  public static String summaryWhere(@Nullable UUID shopId, String day) {
    return (shopId == null ? "" : "d.shop_id = :shop and ")
        + "d.currency = :currency and "
        + day
        + " >= cast(:firstDay as date) and "
        + day
        + " <= cast(:lastDay as date)";
  }

  /** The range's parameters ({@link StatRange#sqlParameters}), the currency and the shop. */
  public static Map<String, Object> parameters(
      @Nullable UUID shopId, String currency, StatRange range) {
    Map<String, Object> parameters = range.sqlParameters();
    parameters.put("currency", currency);
    if (shopId != null) {
      parameters.put("shop", shopId);
    }
    return parameters;
  }
}
