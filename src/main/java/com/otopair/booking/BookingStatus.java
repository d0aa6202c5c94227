package com.otopair.booking;

import com.otopair.base.I18n;

/** Where a booking stands. HELD and CONFIRMED occupy the mechanic's time; the rest don't. */
public enum BookingStatus {
  HELD,
  CONFIRMED,
  EXPIRED,
  CANCELLED,
  RESCHEDULED,
  COMPLETED,
  NO_SHOW;

  /** The state in words, in the reader's language: "Confirmed", "Confirmée". */
  public String label() {
    return I18n.t(
        switch (this) {
          case HELD -> "booking.status.held";
          case CONFIRMED -> "booking.status.confirmed";
          case EXPIRED -> "booking.status.expired";
          case CANCELLED -> "booking.status.cancelled";
          case RESCHEDULED -> "booking.status.rescheduled";
          case COMPLETED -> "booking.status.completed";
          case NO_SHOW -> "booking.status.no-show";
        });
  }

  public boolean isActive() {
    return this == HELD || this == CONFIRMED;
  }

  /**
   * Whether the booking is over for good (cancelled, lapsed, done or missed): news of its
   * confirmation handled this late tells its customer nothing (a moved one is told by the new one).
   */
  public boolean hasEnded() {
    return this == EXPIRED || this == CANCELLED || this == COMPLETED || this == NO_SHOW;
  }

  /**
   * Whether a booking in this state may move to {@code next}: a hold is confirmed, released or
   * cancelled; a confirmed booking is cancelled, moved, done or missed; the other states are final.
   */
  public boolean canBecome(BookingStatus next) {
    return switch (this) {
      case HELD -> next == CONFIRMED || next == EXPIRED || next == CANCELLED;
      case CONFIRMED ->
          next == CANCELLED || next == RESCHEDULED || next == COMPLETED || next == NO_SHOW;
      case EXPIRED, CANCELLED, RESCHEDULED, COMPLETED, NO_SHOW -> false;
    };
  }
}
