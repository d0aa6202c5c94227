package com.otopair.identity.domain;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Issues and redeems single-use email tokens. */
@Component
public class Tokens {

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
    String raw = SecretTokens.generate();
    tokens.save(
        new EmailToken(userId, purpose, SecretTokens.hash(raw), newEmail, now, now.plus(validFor)));
    return raw;
  }

  /**
   * Redeems a token for one purpose. Exactly one caller can redeem it; a missing, reused, expired
   * or wrong-purpose token is refused with a message that says which.
   */
  public EmailToken redeem(@Nullable String raw, EmailToken.Purpose... purposes) {
    if (raw == null || raw.isBlank()) {
      throw invalid("identity.link.incomplete");
    }
    EmailToken token =
        tokens
            .findByTokenHash(SecretTokens.hash(raw))
            .orElseThrow(() -> invalid("identity.link.unknown"));
    if (!Arrays.asList(purposes).contains(token.getPurpose())) {
      throw invalid("identity.link.wrong-purpose");
    }
    if (token.isUsed()) {
      throw invalid("identity.link.used");
    }
    Instant now = clock.instant();
    if (!token.getExpiresAt().isAfter(now)) {
      throw invalid("identity.link.expired");
    }
    if (tokens.use(token.getId(), now) != 1) {
      throw invalid("identity.link.used");
    }
    return token;
  }

  private static InvalidRequestException invalid(String key) {
    return new InvalidRequestException("token", key);
  }
}
