package com.otopair.consult;

import com.otopair.base.Money;
import java.time.Instant;
import java.util.UUID;

/** The mechanic's offer of a few more minutes at a price, and where the customer's answer is. */
public record ExtraTimeOffer(
    UUID id, UUID sessionId, int minutes, Money price, State state, Instant offeredAt) {

  /** Offered and waiting for the customer, then accepted, declined, or lapsed with the session. */
  public enum State {
    OFFERED,
    ACCEPTED,
    DECLINED,
    LAPSED
  }
}
