package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer opened the intake of a live session with a shop's remote service: the first step of
 * the CRM's funnel. {@code intakeId} names this opening (each visit of the intake page is one).
 * {@code from} is where the journey came in, as the page that linked to the intake said it ({@link
 * Intakes#FROM_TALK}, {@link Intakes#FROM_SHOP}, ...; anything else, or nothing, is "other").
 */
public record IntakeStarted(
    UUID intakeId, UUID shopId, UUID serviceId, UUID customerId, String from, Instant startedAt) {}
