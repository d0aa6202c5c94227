package com.otopair.jobs;

import org.jspecify.annotations.Nullable;

/**
 * A walk-in or phone job as the shop types it in: the customer is found by email or phone, or
 * created from them.
 */
public record NewJob(
    JobOrigin origin,
    String customerName,
    @Nullable String customerEmail,
    @Nullable String customerPhone,
    String vehicle,
    String title,
    String description) {}
