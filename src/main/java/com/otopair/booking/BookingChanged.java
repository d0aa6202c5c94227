package com.otopair.booking;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/**
 * A booking was held, cancelled, rescheduled or released: open calendars of the shop reload, and so
 * does its customer's home (which keeps only the events whose {@code customerId} is theirs).
 */
public record BookingChanged(UUID bookingId, UUID shopId, UUID customerId) implements LiveUpdate {}
