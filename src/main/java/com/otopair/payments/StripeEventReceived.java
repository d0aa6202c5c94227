package com.otopair.payments;

/** A Stripe event was stored: the outbox hands it to its handler. */
public record StripeEventReceived(String eventId) {}
