package com.otopair.consult;

import com.otopair.base.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A session as its pages, queues and the admin grid show it. */
public record SessionSummary(
    UUID id,
    UUID shopId,
    String shopName,
    String serviceName,
    String mode,
    UUID customerId,
    String customerName,
    @Nullable UUID mechanicId,
    @Nullable String mechanicName,
    String vehicle,
    String problem,
    SessionStatus status,
    int durationMinutes,
    Money price,
    boolean free,
    int waitLimitMinutes,
    Instant requestedAt,
    Instant queuedAt,
    @Nullable Instant claimedAt,
    @Nullable Instant endsAt,
    @Nullable Instant endedAt,
    @Nullable EndReason endReason,
    List<String> photoUrls) {}
