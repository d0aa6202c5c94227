package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.scheduling.Slot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/** How slots and times read on the booking screens, always in the shop's zone. */
final class SlotLabels {

  /** Where a day's slots are grouped: before noon, before 5 PM, and after, in the shop's zone. */
  enum PartOfDay {
    MORNING("booking.slot.morning"),
    AFTERNOON("booking.slot.afternoon"),
    EVENING("booking.slot.evening");

    private final String key;

    PartOfDay(String key) {
      this.key = key;
    }

    /** "Morning", "Matin". */
    String label() {
      return I18n.t(key);
    }

    static PartOfDay of(Instant start, ZoneId zone) {
      int hour = start.atZone(zone).getHour();
      return hour < 12 ? MORNING : hour < 17 ? AFTERNOON : EVENING;
    }
  }

  private SlotLabels() {}

  /** "9:00 AM · $120.00 CAD · peak ×1.5"; "1:00 AM EST · …" inside the hour that repeats. */
  static String slot(Slot slot, ZoneId zone) {
    return Formats.current().time(slot.start(), zone)
        + " · "
        + slot.price().format()
        + peak(slot.multiplier());
  }

  static String peak(BigDecimal multiplier) {
    String rate = rate(multiplier);
    return rate.isEmpty() ? "" : " · " + rate;
  }

  /** "peak ×1.5", "off-peak ×0.8" ("pointe ×1,5"), or "" at the usual price. */
  static String rate(BigDecimal multiplier) {
    int compared = multiplier.compareTo(BigDecimal.ONE);
    BigDecimal factor = multiplier.stripTrailingZeros();
    return compared == 0
        ? ""
        : I18n.t(compared > 0 ? "booking.slot.peak" : "booking.slot.off-peak", factor);
  }

  /** "Monday, November 23 at 9:00 AM (Eastern Time)". */
  static String when(Instant start, ZoneId zone) {
    return Formats.current().when(start, zone);
  }
}
