package com.otopair.consult;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/**
 * A session moved (requested, claimed, released, ended): queues and its page re-read it, and so
 * does its customer's home (which keeps only the events whose {@code customerId} is theirs).
 */
public record SessionChanged(UUID sessionId, UUID shopId, UUID customerId) implements LiveUpdate {}
