package com.otopair.jobs;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** A job changed: open boards of its shop and its customer's booking page refresh. */
public record JobChanged(UUID jobId, UUID shopId) implements LiveUpdate {}
