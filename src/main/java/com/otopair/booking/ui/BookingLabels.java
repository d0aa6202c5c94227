package com.otopair.booking.ui;

import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.booking.BookingSummary;

/** Booking statuses in words and badge colours. */
final class BookingLabels {

  private BookingLabels() {}

  static String status(BookingSummary b) {
    return switch (b.status()) {
      case HELD -> "Held";
      case CONFIRMED -> "Confirmed";
      case EXPIRED -> "Hold expired";
      case CANCELLED -> b.cancelledLate() ? "Cancelled late" : "Cancelled";
      case RESCHEDULED -> "Moved";
      case COMPLETED -> "Done";
      case NO_SHOW -> "Missed";
    };
  }

  static Badge badge(BookingSummary b) {
    return new Badge(
        status(b),
        switch (b.status()) {
          case CONFIRMED, COMPLETED -> Tone.SUCCESS;
          case CANCELLED, NO_SHOW -> Tone.ERROR;
          default -> Tone.CONTRAST;
        });
  }
}
