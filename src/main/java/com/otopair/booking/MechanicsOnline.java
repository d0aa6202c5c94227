package com.otopair.booking;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which shops a customer can talk to now, for a badge on Find's results: the consult module knows
 * whose mechanics are online and provides this. Without it, no shop has the badge.
 */
public interface MechanicsOnline {

  /** Those of these shops with a remote service and a mechanic online to take it now. */
  Set<UUID> shopsToTalkToNow(Collection<UUID> shopIds);
}
