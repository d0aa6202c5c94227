package com.otopair.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit log, as admins read it. */
public record AuditRecord(
    UUID id,
    Instant occurredAt,
    @Nullable String actor,
    String action,
    String subject,
    String details,
    @Nullable String clientAddress) {}
