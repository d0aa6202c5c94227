package com.otopair.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log, as admins read it. Its details are the sentence {@code detailsKey} of
 * the bundles with {@code detailsArgs}, to render in the reader's language; {@code details} is the
 * same in English, and all there is for a line written before keys ({@code detailsKey} null).
 */
public record AuditRecord(
    UUID id,
    Instant occurredAt,
    @Nullable String actor,
    String action,
    String subject,
    String details,
    @Nullable String detailsKey,
    List<String> detailsArgs,
    @Nullable String clientAddress) {}
