package com.otopair.payments;

import com.otopair.base.AuditableEvent;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something done to money by hand: an admin's refund or forced cancellation, a shop's payment mode,
 * a payment taken at the counter. The audit log keeps who, what and why, its details a sentence of
 * the payments bundle ({@code payments.audit.*}) with its values.
 */
public record PaymentAudited(
    String action,
    @Nullable String actor,
    String subject,
    String detailsKey,
    List<String> detailsArgs,
    @Nullable String clientAddress,
    Instant occurredAt)
    implements AuditableEvent {

  public PaymentAudited {
    detailsArgs = List.copyOf(detailsArgs);
  }
}
