package com.otopair.crm;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One interaction of a customer's timeline, with the name of its shop when it has one; {@code
 * sessionFound} when it is about a live session Otopair still has (a page an admin may open).
 */
public record TimelineEntry(
    Instant occurredAt,
    InteractionKind kind,
    UUID subjectId,
    @Nullable UUID shopId,
    @Nullable String shopName,
    EntryPoint entryPoint,
    boolean sessionFound) {}
