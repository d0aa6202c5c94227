package com.otopair.scheduling;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a schedule accepts, each rule naming the problem with a value by a key of the bundles (its
 * sentence in {@code scheduling.properties}) or answering null: {@link ScheduleService} refuses
 * with them, and the schedule builder's forms check with them before saving.
 */
public final class ScheduleRules {

  static final BigDecimal MIN_MULTIPLIER = new BigDecimal("0.50");
  static final BigDecimal MAX_MULTIPLIER = new BigDecimal("3.00");

  private ScheduleRules() {}

  public static @Nullable String multiplierProblem(BigDecimal multiplier) {
    if (multiplier.compareTo(MIN_MULTIPLIER) < 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0) {
      return "scheduling.rule.multiplier.range";
    }
    if (multiplier.stripTrailingZeros().scale() > 2) {
      return "scheduling.rule.multiplier.decimals";
    }
    return null;
  }

  public static @Nullable String stepProblem(long minutes) {
    return out(minutes, 5, 60) ? "scheduling.rule.step" : null;
  }

  public static @Nullable String bufferProblem(long minutes) {
    return out(minutes, 0, 240) ? "scheduling.rule.buffer" : null;
  }

  public static @Nullable String noticeProblem(long minutes) {
    return out(minutes, 0, 20160) ? "scheduling.rule.notice" : null;
  }

  public static @Nullable String horizonProblem(long days) {
    return out(days, 1, 365) ? "scheduling.rule.horizon" : null;
  }

  /** No cap (null) is allowed. */
  public static @Nullable String capProblem(@Nullable Integer cap) {
    return cap != null && out(cap, 1, 50) ? "scheduling.rule.cap" : null;
  }

  public static @Nullable String cancellationProblem(long hours) {
    return out(hours, 0, 336) ? "scheduling.rule.cancellation" : null;
  }

  public static @Nullable String reschedulesProblem(long count) {
    return out(count, 0, 10) ? "scheduling.rule.reschedules" : null;
  }

  public static @Nullable String liveWaitProblem(long minutes) {
    return out(minutes, 5, 60) ? "scheduling.rule.live-wait" : null;
  }

  private static boolean out(long value, long min, long max) {
    return value < min || value > max;
  }
}
