package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;

/** A mechanic answered a customer's quick question about a session; its customer is to hear. */
public record FollowUpAnswered(
    UUID questionId,
    UUID parentSessionId,
    UUID customerId,
    String mechanicName,
    Instant answeredAt) {}
