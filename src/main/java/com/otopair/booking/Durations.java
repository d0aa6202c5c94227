package com.otopair.booking;

import com.otopair.base.I18n;
import java.time.Duration;

/** Durations in words, in the reader's language: "2 hours", "90 minutes", "1 jour". */
final class Durations {

  private Durations() {}

  static String words(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes % (24 * 60) == 0 && minutes > 0) {
      return I18n.t("booking.duration.days", minutes / (24 * 60));
    }
    if (minutes % 60 == 0 && minutes > 0) {
      return I18n.t("booking.duration.hours", minutes / 60);
    }
    return I18n.t("booking.duration.minutes", minutes);
  }
}
