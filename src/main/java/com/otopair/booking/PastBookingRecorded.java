package com.otopair.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit of the past was written afterwards ({@link BookingProvisioning#past}, the demo's
 * history): booked at {@code confirmedAt}, long over. Only what keeps records of what happened (the
 * CRM's journeys, the offers it bought) follows; nothing is left to confirm, open, pay or ring, so
 * the listeners of {@link BookingConfirmed} never hear of it.
 */
public record PastBookingRecorded(
    UUID bookingId, UUID shopId, UUID customerId, Instant confirmedAt) {}
