package com.otopair.booking;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed manage links: the booking's id with an HMAC-SHA256 of it under the server's secret, so a
 * customer can open, reschedule or cancel a booking from an email without signing in, and nobody
 * can forge a link to someone else's booking.
 */
@Component
class BookingLinks {

  private final SecretKeySpec key;

  BookingLinks(@Value("${otopair.booking.link-secret}") String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  String token(UUID bookingId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] signature = mac.doFinal(("manage:" + bookingId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  boolean valid(UUID bookingId, String token) {
    return MessageDigest.isEqual(
        token(bookingId).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }

  /** "manage/{id}?token=…", relative to the public address. */
  String path(UUID bookingId) {
    return "manage/" + bookingId + "?token=" + token(bookingId);
  }
}
