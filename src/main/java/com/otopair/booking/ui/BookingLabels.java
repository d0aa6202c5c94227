package com.otopair.booking.ui;

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

  static String badge(BookingSummary b) {
    return switch (b.status()) {
      case CONFIRMED, COMPLETED -> "success";
      case CANCELLED, NO_SHOW -> "error";
      default -> "contrast";
    };
  }
}
