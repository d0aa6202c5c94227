package com.otopair.booking.ui;

import com.otopair.base.I18n;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import java.util.Locale;

/** Booking statuses and sources in words and badge colours. */
final class BookingLabels {

  private BookingLabels() {}

  static String status(BookingSummary b) {
    return b.status() == BookingStatus.CANCELLED && b.cancelledLate()
        ? I18n.t("booking.status.cancelled-late")
        : b.status().label();
  }

  /** Where the booking was made: "Web", "API", "Phone", "Waitlist". */
  static Badge source(BookingSummary b) {
    var badge =
        new Badge(
            I18n.t("booking.source." + b.source().name().toLowerCase(Locale.ROOT)), Tone.NEUTRAL);
    badge.addClassName("otopair-booking-source");
    return badge;
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
