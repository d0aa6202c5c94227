package com.otopair.crm;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the CRM's funnel and cohorts look at: the days from {@code from} to {@code to} (both
 * included; a shop's days in its time zone, all shops' in UTC), one shop or all, and one entry
 * point or all.
 */
public record CrmFilter(
    LocalDate from, LocalDate to, @Nullable UUID shopId, @Nullable EntryPoint entryPoint) {

  /** The longest range the funnel and cohorts read at once. */
  public static final int MAX_DAYS = 732;

  /** How many days the default range covers, ending today. */
  public static final int DEFAULT_DAYS = 56;

  /** The last eight weeks, every shop, every entry point. */
  public static CrmFilter lastWeeks(LocalDate today) {
    return new CrmFilter(today.minusDays(DEFAULT_DAYS - 1L), today, null, null);
  }
}
