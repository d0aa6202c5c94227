package com.otopair.booking;

import java.time.Duration;

/** Durations in words: "2 hours", "90 minutes", "1 day". */
final class Durations {

  private Durations() {}

  static String words(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes % (24 * 60) == 0 && minutes > 0) {
      return plural(minutes / (24 * 60), "day");
    }
    if (minutes % 60 == 0 && minutes > 0) {
      return plural(minutes / 60, "hour");
    }
    return plural(minutes, "minute");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
