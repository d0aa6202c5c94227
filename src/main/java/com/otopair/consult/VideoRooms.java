package com.otopair.consult;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.shops.OfferingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Video for live sessions on LiveKit. The server mints each participant's access token, an HS256
 * JWT signed with the API secret: issued by the API key, for the signed-in person, granting only
 * their session's room, whose name nobody can guess without the secret, and expiring shortly after
 * the session's end. Only the session's customer and the mechanic who claimed it get one, only
 * while it runs. LiveKit's webhooks are checked the same way: a token signed with the secret whose
 * {@code sha256} claim is the body's digest.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class VideoRooms {

  /** What the browser needs to join: LiveKit's address, the room and the token, and until when. */
  public record Access(String url, String room, String token, Instant expiresAt) {}

  private final VideoSettings settings;
  private final SessionAccess access;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  VideoRooms(VideoSettings settings, SessionAccess access, JdbcTemplate jdbc, Clock clock) {
    this.settings = settings;
    this.access = access;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Whether video sessions can be offered: LiveKit's address, key and secret are set. */
  @PreAuthorize("permitAll()")
  public boolean available() {
    return settings.available();
  }

  /** The signed-in participant's pass into their running video session's room. */
  public Access join(UUID sessionId) {
    if (!settings.available()) {
      throw new ConflictException("consult.video.off");
    }
    SignedInUser me = CurrentUser.require();
    ConsultSession session = access.participant(sessionId);
    if (!OfferingMode.REMOTE_VIDEO.name().equals(session.getMode())) {
      throw new ConflictException("consult.video.not-video");
    }
    Instant endsAt = session.getEndsAt();
    if (session.getStatus() != SessionStatus.ACTIVE || endsAt == null) {
      throw new ConflictException("consult.video.not-active");
    }
    Instant now = clock.instant();
    Instant expires = endsAt.plus(settings.grace());
    String room = roomOf(sessionId);
    String token =
        JWT.create()
            .withIssuer(key())
            .withSubject(me.id().toString())
            .withJWTId(UUID.randomUUID().toString())
            .withClaim("name", me.displayName())
            .withNotBefore(now)
            .withIssuedAt(now)
            .withExpiresAt(expires)
            .withClaim(
                "video",
                Map.of(
                    "room", room,
                    "roomJoin", true,
                    "canPublish", true,
                    "canSubscribe", true,
                    "canPublishData", true))
            .sign(algorithm());
    return new Access(Objects.requireNonNull(settings.url()), room, token, expires);
  }

  /**
   * Who of the session's two people LiveKit last said was in its call (true) or had left it
   * (false); someone never seen in the call is absent. For its customer and its mechanic.
   */
  public Map<UUID, Boolean> callPresence(UUID sessionId) {
    access.participant(sessionId);
    Map<UUID, Boolean> presence = new HashMap<>();
    jdbc.query(
        "select user_id, in_call from consult_video_presence where session_id = ?",
        row -> {
          presence.put(row.getObject("user_id", UUID.class), row.getBoolean("in_call"));
        },
        sessionId);
    return presence;
  }

  /** A session's room: the same for both sides, unguessable without the API secret. */
  String roomOf(UUID sessionId) {
    return roomOf(secret(), sessionId);
  }

  /**
   * The room of a session under this secret: a keyed hash of its id. Static, so that webhooks
   * (which nobody signs in to send) recompute it without going through the method security.
   */
  static String roomOf(String secret, UUID sessionId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("otopair-session:" + sessionId).getBytes(StandardCharsets.UTF_8));
      return "otopair-" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks a LiveKit webhook: its {@code Authorization} header must be a token signed with the API
   * secret, issued by the API key, not expired, whose {@code sha256} claim is the body's SHA-256
   * (base64). A tampered, foreign or stale one is refused.
   */
  @PreAuthorize("permitAll()")
  public void verifyWebhook(String authorization, byte[] body) {
    if (!settings.available()) {
      throw new ConflictException("consult.video.off");
    }
    String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : authorization;
    String claimed;
    try {
      claimed =
          JWT.require(algorithm())
              .withIssuer(key())
              .acceptLeeway(settings.webhookTolerance().toSeconds())
              .build()
              .verify(token)
              .getClaim("sha256")
              .asString();
    } catch (JWTVerificationException e) {
      throw new InvalidRequestException("consult.video.webhook.refused");
    }
    byte[] expected = sha256(body);
    byte[] given;
    try {
      given = claimed == null ? new byte[0] : Base64.getDecoder().decode(claimed);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("consult.video.webhook.refused");
    }
    if (!MessageDigest.isEqual(expected, given)) {
      throw new InvalidRequestException("consult.video.webhook.refused");
    }
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private Algorithm algorithm() {
    return Algorithm.HMAC256(secret());
  }

  private String key() {
    return Objects.requireNonNull(settings.apiKey());
  }

  private String secret() {
    return Objects.requireNonNull(settings.apiSecret());
  }
}
