package com.otopair.consult;

import java.util.UUID;

/**
 * A live follow-up that waited for its parent's mechanic alone (15 minutes) now waits for every
 * mechanic of its shop.
 */
public record FollowUpOpenedToShop(UUID sessionId, UUID shopId) {}
