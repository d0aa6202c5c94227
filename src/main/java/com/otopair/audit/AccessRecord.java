package com.otopair.audit;

import com.otopair.base.AccessReads;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the access log as admins read it: the entry with the reader's and the customer's
 * email as they are now (an erased account shows its placeholder), and the shop's name.
 */
public record AccessRecord(
    UUID id,
    Instant occurredAt,
    UUID actorId,
    String actorEmail,
    String actorRole,
    AccessReads.Subject subject,
    UUID subjectId,
    @Nullable UUID customerId,
    @Nullable String customerEmail,
    @Nullable UUID shopId,
    @Nullable String shopName,
    AccessChannel channel,
    @Nullable String tokenHint,
    @Nullable String clientAddress) {}
