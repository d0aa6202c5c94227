package com.otopair.consult;

import java.util.UUID;

/**
 * A session has waited two minutes while no mechanic of its shop is online: support should know.
 */
public record SessionUnattended(UUID sessionId, UUID shopId) {}
