package com.otopair.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How an appointment's time reads for people: in the shop's zone, and never ambiguous. Where clocks
 * fall back, an hour happens twice; a time inside it carries the zone's abbreviation ("1:00 AM
 * EST"), which says which of the two it is. Other times read as plain wall times ("9:00 AM").
 */
public final class Times {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);

  private Times() {}

  /** "9:00 AM", or "1:00 AM EST" for the second 1:00 AM of a fall-back night in Toronto. */
  public static String time(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    String time = TIME.format(local);
    return isRepeated(local) ? time + " " + ZONE.format(local) : time;
  }

  /** "Monday, March 9 at 9:00 AM". */
  public static String dayAndTime(Instant at, ZoneId zone) {
    return DAY.format(at.atZone(zone)) + " at " + time(at, zone);
  }

  /** "Monday, March 9 at 9:00 AM (Toronto time)": the long form, with the zone named. */
  public static String when(Instant at, ZoneId zone) {
    return dayAndTime(at, zone) + " (" + zoneName(zone) + " time)";
  }

  /** "Toronto" of America/Toronto, "St Johns" of America/St_Johns, "UTC" of UTC. */
  public static String zoneName(ZoneId zone) {
    String id = zone.getId();
    String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    return city.isEmpty() ? zone.getDisplayName(TextStyle.FULL, Locale.US) : city;
  }

  /** Whether the wall time happens twice that day: inside the hour that repeats. */
  private static boolean isRepeated(ZonedDateTime local) {
    return local.getZone().getRules().getValidOffsets(local.toLocalDateTime()).size() > 1;
  }
}
