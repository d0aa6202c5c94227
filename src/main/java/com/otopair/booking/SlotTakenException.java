package com.otopair.booking;

import com.otopair.base.ConflictException;
import com.otopair.scheduling.Slot;
import java.time.ZoneId;
import java.util.List;

/** Someone else got the slot first; here are the nearest free ones instead (in {@code zone}). */
public class SlotTakenException extends ConflictException {

  private final List<Slot> alternatives;
  private final ZoneId zone;

  public SlotTakenException(List<Slot> alternatives, ZoneId zone) {
    super("booking.hold.slot-taken");
    this.alternatives = List.copyOf(alternatives);
    this.zone = zone;
  }

  public List<Slot> alternatives() {
    return alternatives;
  }

  public ZoneId zone() {
    return zone;
  }
}
