package com.otopair.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The bookings the schedule builder draws over the hours. The booking module provides it; without
 * one, the calendar shows hours only.
 */
public interface BookedTimes {

  /** A booking as the shop's calendar shows it. */
  record Booked(UUID bookingId, UUID mechanicId, Instant start, Instant end, String title) {}

  List<Booked> booked(UUID shopId, Collection<UUID> mechanicIds, Instant from, Instant to);
}
