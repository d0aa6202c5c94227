package com.otopair.booking;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** A booking was held, cancelled, rescheduled or released; open calendars of the shop reload. */
public record BookingChanged(UUID bookingId, UUID shopId) implements LiveUpdate {}
