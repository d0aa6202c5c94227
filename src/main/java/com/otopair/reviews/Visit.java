package com.otopair.reviews;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a customer reviews: one booking (its job done) or one live session asked for now (ended with
 * a mechanic). A booked live session is reviewed as its booking.
 */
public record Visit(Kind kind, UUID id) {

  public enum Kind {
    BOOKING,
    SESSION;

    /** "booking", "session": how the review page's address names it. */
    public String segment() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind an address names, or null for anything else. */
    public static @Nullable Kind ofSegment(String segment) {
      for (Kind kind : values()) {
        if (kind.segment().equals(segment)) {
          return kind;
        }
      }
      return null;
    }
  }

  public static Visit booking(UUID bookingId) {
    return new Visit(Kind.BOOKING, bookingId);
  }

  public static Visit session(UUID sessionId) {
    return new Visit(Kind.SESSION, sessionId);
  }
}
