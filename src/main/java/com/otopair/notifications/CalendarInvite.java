package com.otopair.notifications;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar (RFC 5545) event in the shop's time zone, with the zone's rules spelled out in a
 * VTIMEZONE so calendars that don't know the zone's name still place it right.
 */
final class CalendarInvite {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
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
      ZoneId zone,
      Instant stamp) {
    return event(uid, 0, summary, description, location, start, end, zone, stamp);
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
      ZoneId zone,
      Instant stamp) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//Otopair//Bookings//EN");
    lines.add("METHOD:PUBLISH");
    lines.add("CALSCALE:GREGORIAN");
    lines.addAll(timeZone(zone, start));
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + uid);
    if (sequence > 0) {
      lines.add("SEQUENCE:" + sequence);
    }
    lines.add("DTSTAMP:" + UTC.format(stamp));
    lines.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start.atZone(zone)));
    lines.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(end.atZone(zone)));
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

  /** The zone's standard and daylight rules as they stand at {@code at}. */
  static List<String> timeZone(ZoneId zone, Instant at) {
    var rules = zone.getRules();
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + zone.getId());
    List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
    if (transitions.isEmpty()) {
      ZoneOffset offset = rules.getOffset(at);
      lines.add("BEGIN:STANDARD");
      lines.add("DTSTART:19700101T000000");
      lines.add("TZOFFSETFROM:" + offset(offset));
      lines.add("TZOFFSETTO:" + offset(offset));
      lines.add("END:STANDARD");
    } else {
      for (ZoneOffsetTransitionRule rule : transitions) {
        boolean daylight =
            rule.getOffsetAfter().getTotalSeconds() > rule.getOffsetBefore().getTotalSeconds();
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        LocalDateTime first = rule.createTransition(1970).getDateTimeBefore();
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(first));
        lines.add("TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
        lines.add("TZOFFSETTO:" + offset(rule.getOffsetAfter()));
        lines.add(
            "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + byDay(rule));
        lines.add("END:" + kind);
      }
    }
    lines.add("END:VTIMEZONE");
    return lines;
  }

  /** "2SU" for the second Sunday, "-1SU" for the last. */
  private static String byDay(ZoneOffsetTransitionRule rule) {
    DayOfWeek day = rule.getDayOfWeek() == null ? DayOfWeek.SUNDAY : rule.getDayOfWeek();
    int indicator = rule.getDayOfMonthIndicator();
    String week = indicator < 0 ? "-1" : String.valueOf((indicator - 1) / 7 + 1);
    return week + day.name().substring(0, 2);
  }

  private static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int minutes = Math.abs(seconds) / 60;
    return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
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
