package com.otopair.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The signed-in user's own account details, as the profile page shows them. */
public record Profile(
    UUID id,
    String name,
    String email,
    @Nullable String phone,
    String role,
    boolean emailVerified,
    @Nullable String pendingEmail) {}
