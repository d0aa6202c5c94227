package com.otopair.jobs;

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
 * Signed job links for customers whose job did not come from a booking (walk-ins, phone calls): the
 * job's id with an HMAC-SHA256 under the server's link secret, so the customer follows and approves
 * the estimate from an email without signing in, and nobody can forge a link.
 */
@Component
class JobLinks {

  private final SecretKeySpec key;

  JobLinks(@Value("${otopair.booking.link-secret}") String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  String token(UUID jobId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] signature = mac.doFinal(("job:" + jobId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  boolean valid(UUID jobId, String token) {
    return MessageDigest.isEqual(
        token(jobId).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }

  /** "job/{id}?token=…", relative to the public address. */
  String path(UUID jobId) {
    return "job/" + jobId + "?token=" + token(jobId);
  }
}
