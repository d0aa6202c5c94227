package com.otopair.booking;

import java.time.LocalDate;
import java.util.UUID;

/** A booking let go of its time on a shop-local day; the waitlist of that day may get it. */
public record SlotsFreed(UUID shopId, LocalDate day) {}
