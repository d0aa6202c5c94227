package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.scheduling.Slot;
import java.util.List;

/** Someone else got the slot first; here are the nearest free ones instead. */
public class SlotTakenException extends InvalidRequestException {

  private final List<Slot> alternatives;

  public SlotTakenException(List<Slot> alternatives) {
    super("That slot was just taken. Pick another one; the nearest free slots are listed.");
    this.alternatives = List.copyOf(alternatives);
  }

  public List<Slot> alternatives() {
    return alternatives;
  }
}
