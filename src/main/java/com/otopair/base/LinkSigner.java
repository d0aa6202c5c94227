package com.otopair.base;

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
 * Signs emailed links that work without signing in: an HMAC-SHA256 of a purpose and an id under the
 * server's link secret ({@code OTOPAIR_BOOKING_LINK_SECRET}), so nobody can forge a link to someone
 * else's booking or job, and a token for one purpose never works for another.
 */
@Component
public class LinkSigner {

  private final SecretKeySpec key;

  LinkSigner(@Value("${otopair.booking.link-secret}") String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The URL-safe token for {@code id} under {@code purpose} ("manage", "job"). */
  public String token(String purpose, UUID id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] signature = mac.doFinal((purpose + ":" + id).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** Whether {@code token} was made by {@link #token} for this purpose and id (constant time). */
  public boolean valid(String purpose, UUID id, String token) {
    return MessageDigest.isEqual(
        token(purpose, id).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }
}
