package com.otopair.scheduling;

import java.util.List;

/**
 * Turns availability into bookable slots: pure and deterministic, the same request always gives the
 * same slots. Times are computed in the shop's zone, so a 09:00 window stays 09:00 local across
 * daylight-saving changes.
 */
public final class SlotEngine {

  /** Every free slot of every mechanic, ordered by start, then by the mechanic's order. */
  public List<Slot> slots(SlotRequest request) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * One slot per start time, merged across mechanics ("any mechanic"): each goes to the mechanic
   * with the fewest bookings that local day, then the lowest price, then the first in the request's
   * order.
   */
  public List<Slot> anyMechanic(SlotRequest request) {
    throw new UnsupportedOperationException("not yet");
  }
}
