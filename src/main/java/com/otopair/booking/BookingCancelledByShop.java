package com.otopair.booking;

import java.util.UUID;

/** The shop cancelled a customer's booking; the customer is told why. */
public record BookingCancelledByShop(UUID bookingId, String reason) {}
