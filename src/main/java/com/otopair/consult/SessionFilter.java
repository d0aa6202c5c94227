package com.otopair.consult;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which sessions support looks at: a text found in the customer's, the mechanic's, the shop's name
 * or the vehicle, one state, one shop, and the UTC days they were requested on (both ends
 * included).
 */
public record SessionFilter(
    String text,
    @Nullable SessionStatus status,
    @Nullable UUID shopId,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  public static SessionFilter any() {
    return new SessionFilter("", null, null, null, null);
  }
}
