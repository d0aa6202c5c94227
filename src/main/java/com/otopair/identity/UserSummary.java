package com.otopair.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the admin Users grid. */
public record UserSummary(
    UUID id,
    String name,
    String email,
    String role,
    UserStatus status,
    boolean emailVerified,
    Instant createdAt,
    @Nullable Instant lastLoginAt,
    boolean deleted) {}
