package com.otopair.scheduling;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a schedule accepts, each rule naming the problem with a value in one sentence or answering
 * null: {@link ScheduleService} refuses with them, and the schedule builder's forms check with them
 * before saving.
 */
public final class ScheduleRules {

  static final BigDecimal MIN_MULTIPLIER = new BigDecimal("0.50");
  static final BigDecimal MAX_MULTIPLIER = new BigDecimal("3.00");

  private ScheduleRules() {}

  public static @Nullable String multiplierProblem(BigDecimal multiplier) {
    if (multiplier.compareTo(MIN_MULTIPLIER) < 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0) {
      return "Pick a price multiplier between 0.5 and 3.0";
    }
    if (multiplier.stripTrailingZeros().scale() > 2) {
      return "Use at most two decimals, like 1.25";
    }
    return null;
  }

  public static @Nullable String stepProblem(long minutes) {
    return out(minutes, 5, 60) ? "Slots start every 5 to 60 minutes" : null;
  }

  public static @Nullable String bufferProblem(long minutes) {
    return out(minutes, 0, 240) ? "Keep buffers between 0 and 240 minutes" : null;
  }

  public static @Nullable String noticeProblem(long minutes) {
    return out(minutes, 0, 20160) ? "Notice can be up to 14 days" : null;
  }

  public static @Nullable String horizonProblem(long days) {
    return out(days, 1, 365) ? "Take bookings 1 to 365 days ahead" : null;
  }

  /** No cap (null) is allowed. */
  public static @Nullable String capProblem(@Nullable Integer cap) {
    return cap != null && out(cap, 1, 50)
        ? "Cap bookings at 1 to 50 a day, or leave it empty"
        : null;
  }

  public static @Nullable String cancellationProblem(long hours) {
    return out(hours, 0, 336) ? "The cancellation window can be up to 14 days (336 hours)" : null;
  }

  public static @Nullable String reschedulesProblem(long count) {
    return out(count, 0, 10) ? "Allow 0 to 10 reschedules" : null;
  }

  private static boolean out(long value, long min, long max) {
    return value < min || value > max;
  }
}
