package com.otopair.payments;

import com.otopair.base.AuditableEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something done to money by hand: an admin's refund or forced cancellation, a shop's payment mode,
 * a payment taken at the counter. The audit log keeps who, what and why.
 */
public record PaymentAudited(
    String action,
    @Nullable String actor,
    String subject,
    String details,
    @Nullable String clientAddress,
    Instant occurredAt)
    implements AuditableEvent {}
