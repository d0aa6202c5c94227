package com.otopair.booking.ui;

import com.otopair.base.I18n;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.booking.BookingSource;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import java.util.Locale;

/** Booking statuses and sources in words and badge colours. */
final class BookingLabels {

  private BookingLabels() {}

  static String status(BookingSummary b) {
    return status(b.status(), b.cancelledLate());
  }

  static String status(BookingStatus status, boolean cancelledLate) {
    return status == BookingStatus.CANCELLED && cancelledLate
        ? I18n.t("booking.status.cancelled-late")
        : status.label();
  }

  /** Where the booking was made: "Web", "API", "Phone", "Waitlist". */
  static Badge source(BookingSummary b) {
    return source(b.source());
  }

  static Badge source(BookingSource source) {
    var badge =
        new Badge(I18n.t("booking.source." + source.name().toLowerCase(Locale.ROOT)), Tone.NEUTRAL);
    badge.addClassName("otopair-booking-source");
    return badge;
  }

  static Badge badge(BookingSummary b) {
    return badge(b.status(), b.cancelledLate());
  }

  static Badge badge(BookingStatus status, boolean cancelledLate) {
    return new Badge(
        status(status, cancelledLate),
        switch (status) {
          case CONFIRMED, COMPLETED -> Tone.SUCCESS;
          case CANCELLED, NO_SHOW -> Tone.ERROR;
          default -> Tone.CONTRAST;
        });
  }
}
