package com.otopair.booking;

import java.util.UUID;

/** The shop gave an upcoming booking to another of its mechanics. */
public record BookingReassigned(UUID bookingId, UUID shopId, UUID mechanicId) {}
