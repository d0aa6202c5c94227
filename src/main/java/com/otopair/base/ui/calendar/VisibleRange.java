package com.otopair.base.ui.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The days a calendar shows: from {@code start} (inclusive) to {@code end} (exclusive), so a week
 * view of 23-29 November has end 30 November. Load the events between {@link #startTime()} and
 * {@link #endTime()}.
 */
public record VisibleRange(LocalDate start, LocalDate end) {

  public VisibleRange {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("Empty range: " + start + " to " + end);
    }
  }

  /** Midnight at the start of the first visible day. */
  public LocalDateTime startTime() {
    return start.atStartOfDay();
  }

  /** Midnight after the last visible day. */
  public LocalDateTime endTime() {
    return end.atStartOfDay();
  }

  /** Whether any part of {@code from}-{@code to} falls inside this range. */
  public boolean overlaps(LocalDateTime from, LocalDateTime to) {
    return from.isBefore(endTime()) && to.isAfter(startTime());
  }
}
