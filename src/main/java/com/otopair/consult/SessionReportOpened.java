package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/** A customer opened the summary of their session for the first time (once per session). */
public record SessionReportOpened(
    UUID sessionId, UUID shopId, UUID customerId, UUID mechanicId, Instant openedAt) {}
