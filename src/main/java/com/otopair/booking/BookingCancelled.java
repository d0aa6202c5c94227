package com.otopair.booking;

import java.util.UUID;

/**
 * A confirmed booking was cancelled, by the customer ({@code by} = CUSTOMER), the shop (SHOP) or an
 * admin (ADMIN), with the reason given (possibly empty). Its job, if any, is cancelled with it.
 */
public record BookingCancelled(UUID bookingId, UUID shopId, String by, String reason) {}
