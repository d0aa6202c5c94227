package com.otopair.audit;

import com.otopair.base.AccessReads;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One read of personal data as it happened: its {@code id} is made at the read, so a batch written
 * twice records it once. Who read ({@code actorId} with their role), what ({@code subject} and
 * {@code subjectId}), whose data ({@code customerId}, when known), as a member of which shop
 * ({@code shopId}), how ({@code channel}, with the API token's {@code tokenHint}) and from where.
 */
public record AccessEntry(
    UUID id,
    Instant occurredAt,
    UUID actorId,
    String actorRole,
    AccessReads.Subject subject,
    UUID subjectId,
    @Nullable UUID customerId,
    @Nullable UUID shopId,
    AccessChannel channel,
    @Nullable String tokenHint,
    @Nullable String clientAddress) {}
