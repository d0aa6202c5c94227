package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/** A mechanic sent their summary of a session to its customer (once per session). */
public record SessionReportSent(
    UUID sessionId, UUID shopId, UUID customerId, UUID mechanicId, Instant sentAt) {}
