package com.otopair.booking;

import java.util.UUID;

/** A waiting customer got a freed slot held for them for 15 minutes; they are emailed. */
public record WaitlistOffer(UUID bookingId) {}
