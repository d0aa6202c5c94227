package com.otopair.booking;

import com.otopair.base.I18n;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Where each booking's payment stands, for the admins' bookings console ({@link AdminBookings}).
 * The payments module answers it (it depends on booking, never the other way); without it every
 * booking reads {@link State#NONE}.
 */
public interface BookingPaymentStates {

  /** A booking's payment as the console names it. */
  enum State {
    /** No payment was ever asked for. */
    NONE,
    /** On the payment page, not paid yet. */
    AWAITING,
    /** To be paid at the shop. */
    DUE,
    /** The card is held, not charged yet. */
    AUTHORIZED,
    PAID,
    PARTLY_REFUNDED,
    REFUNDED,
    /** Released on purpose before any charge (a cancelled booking's hold, say). */
    RELEASED,
    /** The payment page expired unpaid. */
    NOT_PAID,
    /** Money did not move as it should have: not paid, a card hold ended or was refused. */
    FAILED;

    /** "Paid", "Partly refunded", "Failed": the state in the reader's language. */
    public String label() {
      return I18n.t("booking.payment-state." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  /**
   * The state of each of these bookings' payment (their latest live one, else their latest), by
   * booking id, read in one query; a booking left out has {@link State#NONE}.
   */
  Map<UUID, State> states(Collection<UUID> bookingIds);
}
