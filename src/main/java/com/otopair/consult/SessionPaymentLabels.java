package com.otopair.consult;

import com.otopair.base.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What support's grid says about each session's payment ("Free", "$25.00 captured", "Refunded"), in
 * the reader's language. The payments module provides this once it takes card payments for
 * sessions; until then a default says "Free" for a free session and "—" for the others.
 */
public interface SessionPaymentLabels {

  /** A session as the payment column knows it. */
  record Charge(UUID sessionId, boolean free, Money price) {}

  /** The label of each of these sessions, by session id; a session left out reads "—". */
  Map<UUID, String> labels(List<Charge> sessions);
}
