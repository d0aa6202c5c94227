package com.otopair.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A job was opened: by a confirmed booking, or by the owner for a walk-in or a phone call ({@code
 * origin} says which). The CRM records a phone call's job as a booking that came in by phone.
 */
public record JobOpened(
    UUID jobId, UUID shopId, UUID customerId, JobOrigin origin, Instant openedAt) {}
