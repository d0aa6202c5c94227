package com.otopair.booking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A booking let go of its time on a shop-local day; the waitlist of that day may get it. The
 * booking names the fact, so its time is offered once however often the event is delivered.
 */
public record SlotsFreed(UUID bookingId, UUID shopId, LocalDate day) {}
