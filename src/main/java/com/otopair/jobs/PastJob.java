package com.otopair.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The job of a visit of the past (the demo's history): opened when the visit was booked ({@code
 * bookedAt}), started {@code lateStart} after the booked time (late when positive), its estimate's
 * {@code approved} lines done and its {@code declined} ones left for later, completed after {@code
 * work}.
 */
public record PastJob(
    UUID bookingId,
    Instant bookedAt,
    Duration lateStart,
    Duration work,
    List<LineDraft> approved,
    List<LineDraft> declined) {

  public PastJob {
    approved = List.copyOf(approved);
    declined = List.copyOf(declined);
  }
}
