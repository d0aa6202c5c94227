package com.otopair.scheduling;

import java.time.Instant;
import java.util.UUID;

/** The mechanic is booked from {@code start} to {@code end}; it counts toward the daily cap. */
public record BusyInterval(UUID mechanicId, Instant start, Instant end) {}
