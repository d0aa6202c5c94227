package com.otopair.booking;

import java.util.UUID;

/**
 * A confirmed booking was cancelled, by the customer ({@code by} = CUSTOMER), the shop (SHOP) or an
 * admin (ADMIN), with the reason given (possibly empty). Its job, if any, is cancelled with it.
 * {@code underPolicy}: the shop's cancellation policy decides the refund (a customer's
 * cancellation, or an admin's made as the customer would); otherwise everything goes back.
 */
public record BookingCancelled(
    UUID bookingId, UUID shopId, String by, String reason, boolean underPolicy) {

  /** A customer's cancellation is under the shop's policy; the shop's and a forced one are not. */
  public BookingCancelled(UUID bookingId, UUID shopId, String by, String reason) {
    this(bookingId, shopId, by, reason, "CUSTOMER".equals(by));
  }
}
