package com.otopair.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Money;
import com.otopair.booking.BookingStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A booking changes only from the state each change starts from; anything else is a bug. */
class BookingTest {

  static final Instant NOW = Instant.parse("2026-03-02T14:00:00Z");

  static Booking held() {
    var booking =
        new Booking(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            "Oil change",
            NOW.plus(Duration.ofDays(7)),
            NOW.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)),
            Duration.ZERO,
            Duration.ofMinutes(10),
            new Money(8000, "CAD"),
            BigDecimal.ONE,
            NOW);
    booking.hold(NOW.plus(Duration.ofMinutes(10)));
    return booking;
  }

  static Booking confirmed() {
    var booking = held();
    booking.confirm(null, "", "+15145550123", NOW);
    return booking;
  }

  @Test
  void aHoldIsConfirmedReleasedOrCancelledButNeverMovedOrMissed() {
    assertThatThrownBy(() -> held().end(BookingStatus.RESCHEDULED, null, "CUSTOMER", false, NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> held().end(BookingStatus.NO_SHOW, null, "SHOP", false, NOW))
        .isInstanceOf(IllegalStateException.class);
    Booking released = held();
    released.end(BookingStatus.EXPIRED, null, null, false, NOW);
    assertThat(released.getStatus()).isEqualTo(BookingStatus.EXPIRED);
    Booking cancelled = held();
    cancelled.end(BookingStatus.CANCELLED, "Duplicate", "ADMIN", false, NOW);
    assertThat(cancelled.getStatus()).isEqualTo(BookingStatus.CANCELLED);
  }

  @Test
  void aConfirmedBookingEndsOnceAndIsNeverConfirmedOrReleasedAgain() {
    Booking booking = confirmed();
    assertThatThrownBy(() -> booking.confirm(null, "", "+15145550123", NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> booking.confirmPaid(NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> booking.end(BookingStatus.EXPIRED, null, null, false, NOW))
        .isInstanceOf(IllegalStateException.class);

    booking.end(BookingStatus.CANCELLED, "Plans changed", "CUSTOMER", false, NOW);

    assertThatThrownBy(() -> booking.end(BookingStatus.RESCHEDULED, null, "CUSTOMER", false, NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> booking.end(BookingStatus.CANCELLED, "Again", "SHOP", false, NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> booking.reassign(UUID.randomUUID()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(booking.getStatus()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(booking.getCancelReason()).isEqualTo("Plans changed");
  }
}
