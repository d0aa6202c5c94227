package com.otopair.booking;

import com.otopair.base.LinkSigner;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signed manage links: a customer opens, reschedules or cancels a booking from an email without
 * signing in, and nobody can forge a link to someone else's booking.
 */
@Component
class BookingLinks {

  private static final String PURPOSE = "manage";

  private final LinkSigner signer;

  BookingLinks(LinkSigner signer) {
    this.signer = signer;
  }

  String token(UUID bookingId) {
    return signer.token(PURPOSE, bookingId);
  }

  boolean valid(UUID bookingId, String token) {
    return signer.valid(PURPOSE, bookingId, token);
  }

  /** "manage/{id}?token=…", relative to the public address. */
  String path(UUID bookingId) {
    return "manage/" + bookingId + "?token=" + token(bookingId);
  }
}
