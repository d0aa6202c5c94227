package com.otopair.booking.ui;

import com.otopair.base.I18n;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;

/** Booking statuses in words and badge colours. */
final class BookingLabels {

  private BookingLabels() {}

  static String status(BookingSummary b) {
    return b.status() == BookingStatus.CANCELLED && b.cancelledLate()
        ? I18n.t("booking.status.cancelled-late")
        : b.status().label();
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
