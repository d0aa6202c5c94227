package com.otopair.booking;

/** Where a booking stands. HELD and CONFIRMED occupy the mechanic's time; the rest don't. */
public enum BookingStatus {
  HELD,
  CONFIRMED,
  EXPIRED,
  CANCELLED,
  RESCHEDULED,
  COMPLETED,
  NO_SHOW;

  public boolean isActive() {
    return this == HELD || this == CONFIRMED;
  }
}
