package com.otopair.base;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The days a report covers, {@code from} to {@code to} both included, read in {@code zone} (a
 * shop's own zone, or UTC for the marketplace), grouped by {@code granularity}. At most {@value
 * #MAX_YEARS} years: a longer or reversed range is refused here, so no query runs over it.
 *
 * <p>The modules' stats queries share its SQL parameters ({@link #sqlParameters()}): {@code :start}
 * and {@code :end} (the instants the range covers, end excluded), {@code :zone}, {@code :unit} and
 * {@code :step} for {@code date_trunc} and {@code generate_series}, and {@code :firstPeriod} and
 * {@code :lastDay} for the series of periods ({@link #PERIODS}) that fills empty ones with zeros,
 * and {@code :firstDay} and {@code :lastDay} for the days of a daily summary ({@link
 * #periodOfDay}).
 */
public record StatRange(LocalDate from, LocalDate to, ZoneId zone, Granularity granularity) {

  /**
   * The longest range: two years ({@code to} at most the same day two years after {@code from}).
   */
  public static final int MAX_YEARS = 2;

  /** The default: the last 90 days, today included. */
  public static final int DEFAULT_DAYS = 90;

  /**
   * Every period of the range, as a date (its first day), in order: {@code select period from
   * (PERIODS) periods}.
   */
  public static final String PERIODS =
      "select cast(p as date) as period from generate_series(cast(:firstPeriod as timestamp),"
          + " cast(:lastDay as timestamp), cast(:step as interval)) p";

  /** The period a timestamp column falls in, in the range's zone, as a date. */
  public static String periodOf(String column) {
    return "cast(date_trunc(:unit, " + column + " at time zone :zone) as date)";
  }

  /**
   * The period a date column (a day already in the range's zone, as the daily summaries store it)
   * falls in, as a date.
   */
  public static String periodOfDay(String column) {
    return "cast(date_trunc(:unit, cast(" + column + " as timestamp)) as date)";
  }

  public StatRange {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(granularity);
    if (!allowed(from, to)) {
      throw new InvalidRequestException("base.stat-range.invalid");
    }
  }

  /** The last {@value #DEFAULT_DAYS} days up to {@code today}, by day. */
  public static StatRange lastDays(LocalDate today, ZoneId zone) {
    return new StatRange(today.minusDays(DEFAULT_DAYS - 1), today, zone, Granularity.DAY);
  }

  /** Whether {@code from}–{@code to} makes a range: in order and at most two years long. */
  public static boolean allowed(LocalDate from, LocalDate to) {
    return !to.isBefore(from) && !to.isAfter(from.plusYears(MAX_YEARS));
  }

  public StatRange withGranularity(Granularity other) {
    return new StatRange(from, to, zone, other);
  }

  /** The first instant of {@code from} in the zone. */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after {@code to} in the zone (excluded). */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** Whether the range's days are UTC days (the marketplace's). */
  public boolean inUtc() {
    return zone.normalized().equals(ZoneOffset.UTC);
  }

  /** The first day of the first period (a Monday for weeks, the 1st for months). */
  public LocalDate firstPeriod() {
    return granularity.start(from);
  }

  /** The named parameters every stats query of a range takes. */
  public Map<String, Object> sqlParameters() {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("start", Timestamp.from(start()));
    parameters.put("end", Timestamp.from(end()));
    parameters.put("zone", zone.getId());
    parameters.put("unit", granularity.sqlUnit());
    parameters.put("step", granularity.sqlStep());
    parameters.put("firstPeriod", firstPeriod().toString());
    parameters.put("firstDay", from.toString());
    parameters.put("lastDay", to.toString());
    return parameters;
  }
}
