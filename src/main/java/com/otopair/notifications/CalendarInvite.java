package com.otopair.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar (RFC 5545) event whose start and end are UTC instants. A local time with the shop's
 * zone would not do: where clocks fall back, an hour happens twice, and a zone's local time inside
 * it means the first of the two (RFC 5545, 3.3.5), so a booking at the second would show an hour
 * early. Calendars show a UTC time in their reader's zone.
 */
final class CalendarInvite {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private CalendarInvite() {}

  static byte[] event(
      String uid,
      String summary,
      String description,
      String location,
      Instant start,
      Instant end,
      Instant stamp) {
    return event(uid, 0, summary, description, location, start, end, stamp);
  }

  /**
   * The event's {@code sequence}-th version: a calendar that has the event under the same {@code
   * uid} moves it instead of adding a second one.
   */
  static byte[] event(
      String uid,
      int sequence,
      String summary,
      String description,
      String location,
      Instant start,
      Instant end,
      Instant stamp) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//Otopair//Bookings//EN");
    lines.add("METHOD:PUBLISH");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + uid);
    if (sequence > 0) {
      lines.add("SEQUENCE:" + sequence);
    }
    lines.add("DTSTAMP:" + UTC.format(stamp));
    lines.add("DTSTART:" + UTC.format(start));
    lines.add("DTEND:" + UTC.format(end));
    lines.add("SUMMARY:" + text(summary));
    lines.add("DESCRIPTION:" + text(description));
    lines.add("LOCATION:" + text(location));
    lines.add("STATUS:CONFIRMED");
    lines.add("END:VEVENT");
    lines.add("END:VCALENDAR");
    var out = new StringBuilder();
    for (String line : lines) {
      out.append(fold(line)).append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** Lines longer than 75 octets continue on the next line after a space. */
  private static String fold(String line) {
    var out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (count + bytes > 75) {
        out.append("\r\n ");
        count = 1;
      }
      out.appendCodePoint(cp);
      count += bytes;
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
