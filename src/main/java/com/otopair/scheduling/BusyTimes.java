package com.otopair.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Where the slot engine learns when mechanics are already booked. The booking module provides it;
 * without one, nobody is busy.
 */
public interface BusyTimes {

  List<BusyInterval> busy(Collection<UUID> mechanicIds, Instant from, Instant to);
}
