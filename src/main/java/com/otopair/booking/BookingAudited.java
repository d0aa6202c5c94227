package com.otopair.booking;

import com.otopair.base.AuditableEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An admin acted on a booking (cancelled, moved, resent its confirmation, noted something): the
 * audit log keeps who, what and why about {@code "booking <id>"}, its details a sentence of the
 * booking bundle ({@code booking.audit.*}) with its values.
 */
public record BookingAudited(
    String action,
    @Nullable String actor,
    String subject,
    String detailsKey,
    List<String> detailsArgs,
    @Nullable String clientAddress,
    Instant occurredAt)
    implements AuditableEvent {

  public BookingAudited {
    detailsArgs = List.copyOf(detailsArgs);
  }

  /** What the audit log's lines about one booking name as their subject. */
  public static String subject(UUID bookingId) {
    return "booking " + bookingId;
  }
}
