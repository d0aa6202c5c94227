package com.otopair.consult;

import com.otopair.base.Money;
import java.util.UUID;

/**
 * How live sessions are paid: the payments module provides this when card payments are on (the
 * price authorized before the session enters the queue, captured when it ends, released when nobody
 * claims it). Without it, sessions are free and their pages say so.
 */
public interface SessionPayments {

  /** Whether sessions asked for now are free. */
  boolean free();

  /**
   * Charges the extra time the customer just accepted, on its own. Runs in the acceptance's
   * transaction: a refusal (an {@code InvalidRequestException}) undoes the acceptance. Keyed by
   * {@code offerId}, so a retry never charges twice. Free by default.
   */
  default void chargeExtra(UUID sessionId, UUID offerId, Money price) {}
}
