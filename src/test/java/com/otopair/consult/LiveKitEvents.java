package com.otopair.consult;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** LiveKit's webhook events as LiveKit writes and signs them, for tests (no LiveKit runs here). */
public final class LiveKitEvents {

  private LiveKitEvents() {}

  /** An event's JSON body, with a fresh id: LiveKit writes {@code createdAt} as a string. */
  public static String event(
      String kind, String room, @Nullable UUID participant, long createdAtSecond) {
    String who =
        participant == null
            ? ""
            : ",\"participant\":{\"sid\":\"PA_x\",\"identity\":\"" + participant + "\"}";
    return "{\"event\":\""
        + kind
        + "\",\"room\":{\"sid\":\"RM_x\",\"name\":\""
        + room
        + "\"}"
        + who
        + ",\"id\":\"EV_"
        + UUID.randomUUID()
        + "\",\"createdAt\":\""
        + createdAtSecond
        + "\"}";
  }

  /** The {@code Authorization} header LiveKit sends: a token over the body's SHA-256. */
  public static String sign(String body, String key, String secret, Instant expires) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return JWT.create()
          .withIssuer(key)
          .withClaim("sha256", Base64.getEncoder().encodeToString(digest))
          .withExpiresAt(expires)
          .sign(Algorithm.HMAC256(secret));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signed as the configured LiveKit signs, valid for five minutes. */
  public static String signed(String body, VideoSettings settings) {
    return sign(
        body,
        java.util.Objects.requireNonNull(settings.apiKey()),
        java.util.Objects.requireNonNull(settings.apiSecret()),
        Instant.now().plusSeconds(300));
  }
}
