package com.otopair.jobs;

import java.util.UUID;

/** A job moved from one status to another; the customer is told of the ones that concern them. */
public record JobStatusChanged(
    UUID jobId, UUID shopId, UUID customerId, JobStatus from, JobStatus to) {}
