package com.otopair.booking;

import com.otopair.base.LiveUpdate;
import java.time.Instant;
import java.util.UUID;

/** A customer confirmed a booking; calendars of the shop refresh and the customer gets mail. */
public record BookingConfirmed(
    UUID bookingId, UUID shopId, UUID mechanicId, UUID customerId, Instant start)
    implements LiveUpdate {}
