package com.otopair.booking;

import java.util.UUID;

/**
 * An admin asked for the confirmation of a booking to be sent again; {@code resendId} names this
 * one request, so the mail leaves once however often the event is handled, and again for the next.
 */
public record BookingConfirmationResent(UUID bookingId, UUID resendId) {}
