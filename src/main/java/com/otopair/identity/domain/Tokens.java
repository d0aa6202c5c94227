package com.otopair.identity.domain;

import com.otopair.base.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Issues and redeems single-use email tokens. */
@Component
public class Tokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EmailTokenRepository tokens;
  private final Clock clock;

  Tokens(EmailTokenRepository tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** Creates a token and returns its raw value, which only the emailed link carries. */
  public String issue(
      UUID userId, EmailToken.Purpose purpose, @Nullable String newEmail, Duration validFor) {
    Instant now = clock.instant();
    if (purpose != EmailToken.Purpose.VERIFY_EMAIL) {
      tokens.retire(userId, purpose, now);
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.save(new EmailToken(userId, purpose, hash(raw), newEmail, now, now.plus(validFor)));
    return raw;
  }

  /**
   * Redeems a token for one purpose. Exactly one caller can redeem it; a missing, reused, expired
   * or wrong-purpose token is refused with a message that says which.
   */
  public EmailToken redeem(@Nullable String raw, EmailToken.Purpose... purposes) {
    if (raw == null || raw.isBlank()) {
      throw invalid("This link is incomplete. Open the link from the email again.");
    }
    EmailToken token =
        tokens
            .findByTokenHash(hash(raw.trim()))
            .orElseThrow(
                () -> invalid("This link isn't valid. Ask for a new email and use its link."));
    if (!java.util.Arrays.asList(purposes).contains(token.getPurpose())) {
      throw invalid("This link isn't valid here. Open the link from the email again.");
    }
    if (token.isUsed()) {
      throw invalid("This link has already been used. Ask for a new email if you still need one.");
    }
    Instant now = clock.instant();
    if (!token.getExpiresAt().isAfter(now)) {
      throw invalid("This link has expired. Ask for a new email and use its link.");
    }
    if (tokens.use(token.getId(), now) != 1) {
      throw invalid("This link has already been used. Ask for a new email if you still need one.");
    }
    return token;
  }

  private static InvalidRequestException invalid(String message) {
    return new InvalidRequestException("token", message);
  }

  static String hash(String raw) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
