package com.otopair.booking;

import java.util.UUID;

/**
 * How customers pay for a booking, as the payments module decides per shop. Without an
 * implementation, everyone pays at the shop.
 */
public interface BookingCheckout {

  /** What the booking page offers. */
  enum Option {
    /** Confirm now, pay at the shop. */
    AT_SHOP,
    /** Either: pay online now, or confirm and pay at the shop. */
    ONLINE_OR_AT_SHOP,
    /** A card is held when booking; the booking is confirmed once it is. */
    ONLINE
  }

  Option optionFor(UUID shopId);

  /**
   * Opens the payment page for the signed-in customer's held booking, whose details are saved, in
   * the caller's transaction; answers the page's address.
   */
  String open(UUID bookingId);

  /** The customer came back from the payment page without paying: it closes. */
  void abandon(UUID bookingId);

  /**
   * Asks the gateway about an unfinished payment of this booking (the customer is back from the
   * payment page, perhaps before its webhook): the booking is confirmed if it was paid.
   */
  void refresh(UUID bookingId);
}
