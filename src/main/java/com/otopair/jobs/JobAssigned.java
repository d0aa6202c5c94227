package com.otopair.jobs;

import java.util.UUID;

/** The owner gave a job to a mechanic, who is told. */
public record JobAssigned(UUID jobId, UUID shopId, UUID mechanicId, String assignedBy) {}
