package com.otopair.consult;

import java.util.UUID;

/** A customer asked a shop for a live session; it waits in the shop's queue. */
public record SessionRequested(UUID sessionId, UUID shopId, UUID customerId) {}
