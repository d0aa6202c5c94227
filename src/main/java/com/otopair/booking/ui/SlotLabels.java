package com.otopair.booking.ui;

import com.otopair.scheduling.Slot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How slots and times read on the booking screens, always in the shop's zone. */
final class SlotLabels {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

  private SlotLabels() {}

  /** "9:00 AM · $120.00 CAD · peak ×1.5". */
  static String slot(Slot slot, ZoneId zone) {
    return TIME.format(slot.start().atZone(zone))
        + " · "
        + slot.price().format()
        + peak(slot.multiplier());
  }

  static String peak(BigDecimal multiplier) {
    int compared = multiplier.compareTo(BigDecimal.ONE);
    String factor = multiplier.stripTrailingZeros().toPlainString();
    return compared == 0 ? "" : compared > 0 ? " · peak ×" + factor : " · off-peak ×" + factor;
  }

  /** "Monday, November 23 at 9:00 AM (Toronto time)". */
  static String when(Instant start, ZoneId zone) {
    return DAY.format(start.atZone(zone))
        + " at "
        + TIME.format(start.atZone(zone))
        + " ("
        + city(zone)
        + " time)";
  }

  static String city(ZoneId zone) {
    String id = zone.getId();
    String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    return city.isEmpty() ? zone.getDisplayName(TextStyle.FULL, Locale.US) : city;
  }
}
