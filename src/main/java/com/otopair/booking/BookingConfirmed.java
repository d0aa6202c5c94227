package com.otopair.booking;

import com.otopair.base.LiveUpdate;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer confirmed a booking, or moved one ({@code rescheduledFrom} is then the booking it
 * replaces); calendars of the shop refresh, the customer gets mail, the shop gets a job.
 */
public record BookingConfirmed(
    UUID bookingId,
    UUID shopId,
    UUID mechanicId,
    UUID customerId,
    Instant start,
    @Nullable UUID rescheduledFrom)
    implements LiveUpdate {}
