package com.otopair.team;

import java.time.Instant;
import java.util.UUID;

/** One line of a shop's invitation list. */
public record InvitationSummary(
    UUID id, String email, InvitationStatus status, Instant sentAt, Instant expiresAt) {}
