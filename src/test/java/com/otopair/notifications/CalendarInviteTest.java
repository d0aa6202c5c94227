package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A booking inside the hour that repeats when clocks fall back is invited at its own instant: a
 * local time with a zone id means the first of the two, so the invitation says UTC.
 */
class CalendarInviteTest {

  private static final Instant STAMP = Instant.parse("2027-10-01T12:00:00Z");

  @ParameterizedTest
  @CsvSource({
    // The second 1:00 AM of Toronto's fall-back night (EST), and the first (EDT).
    "2027-11-07T06:00:00Z, 20271107T060000Z, 20271107T070000Z",
    "2027-11-07T05:00:00Z, 20271107T050000Z, 20271107T060000Z",
    // The second 2:00 AM in Sydney (AEST), the second 1:00 AM in St. John's (NST, UTC-3:30).
    "2027-04-03T16:00:00Z, 20270403T160000Z, 20270403T170000Z",
    "2027-11-07T04:30:00Z, 20271107T043000Z, 20271107T053000Z"
  })
  void theEventStartsAndEndsAtItsOwnInstantInUtc(Instant start, String dtStart, String dtEnd) {
    String invite =
        new String(
            CalendarInvite.event(
                "booking-1@otopair",
                2,
                "Oil change at Garage",
                "With Béa.",
                "Garage",
                start,
                start.plus(Duration.ofHours(1)),
                STAMP),
            StandardCharsets.UTF_8);

    assertThat(invite)
        .contains("\r\nDTSTART:" + dtStart + "\r\n")
        .contains("\r\nDTEND:" + dtEnd + "\r\n")
        .doesNotContain("TZID")
        .contains("\r\nUID:booking-1@otopair\r\n")
        .contains("\r\nSEQUENCE:2\r\n")
        .contains("\r\nDTSTAMP:20271001T120000Z\r\n");
  }
}
