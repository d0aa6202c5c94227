package com.otopair.consult;

import com.otopair.base.AuditableEvent;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Support acted on a live session by hand: ended it or asked for a refund. The audit log keeps who,
 * what and why, its details a sentence of the consult bundle ({@code consult.audit.*}) with its
 * values.
 */
public record SessionAudited(
    String action,
    @Nullable String actor,
    String subject,
    String detailsKey,
    List<String> detailsArgs,
    @Nullable String clientAddress,
    Instant occurredAt)
    implements AuditableEvent {

  public static final String ENDED = "SESSION_ENDED";
  public static final String REFUND_REQUESTED = "SESSION_REFUND_REQUESTED";

  public SessionAudited {
    detailsArgs = List.copyOf(detailsArgs);
  }
}
