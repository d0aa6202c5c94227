package com.otopair.booking;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a booking's timeline: when, what kind of fact, what happened in the reader's words,
 * the booking of the chain it is about, and where to read more (a path of the app), if anywhere.
 */
public record BookingHistoryEntry(
    Instant at, Kind kind, UUID bookingId, String text, @Nullable String link) {

  /** Who knows the fact: the booking itself, a mail, a payment, its job, the audit log, a note. */
  public enum Kind {
    BOOKING,
    EMAIL,
    PAYMENT,
    JOB,
    AUDIT,
    NOTE
  }

  public BookingHistoryEntry(Instant at, Kind kind, UUID bookingId, String text) {
    this(at, kind, bookingId, text, null);
  }
}
