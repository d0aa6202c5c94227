package com.otopair.identity.security;

import com.otopair.base.Roles;
import com.otopair.base.SecretTokens;
import com.otopair.identity.ApiCaller;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.domain.ApiToken;
import com.otopair.identity.domain.ApiTokenRepository;
import com.otopair.identity.domain.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the user behind a bearer token, and notes when the token was last used. */
@Component
class ApiTokenAuthenticator {

  /** Who a token acts as, or why it acts as nobody. */
  sealed interface Outcome {
    record Authenticated(OtopairUserDetails user, ApiCaller caller) implements Outcome {}

    /** Refused, {@code reason} being the key of the bundles that says why. */
    record Refused(String reason) implements Outcome {}
  }

  private final ApiTokenRepository tokens;
  private final UserRepository users;
  private final Clock clock;

  ApiTokenAuthenticator(ApiTokenRepository tokens, UserRepository users, Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.clock = clock;
  }

  @Transactional
  Outcome authenticate(String secret) {
    if (!secret.startsWith(ApiTokens.PREFIX)) {
      return new Outcome.Refused("identity.api.token.not-ours");
    }
    Optional<ApiToken> token = tokens.findByTokenHash(SecretTokens.hash(secret));
    if (token.isEmpty() || !token.get().isLive()) {
      return new Outcome.Refused("identity.api.token.unknown");
    }
    var user = users.findById(token.get().getUserId()).map(OtopairUserDetails::new);
    if (user.isEmpty()) {
      return new Outcome.Refused("identity.api.token.unknown");
    }
    if (!user.get().isAccountNonLocked()) {
      return new Outcome.Refused("identity.api.token.suspended");
    }
    // An admin who is no longer one keeps their operations tokens, which no longer work.
    if (token.get().getScope() == ApiTokenScope.OPS && !Roles.ADMIN.equals(user.get().role())) {
      return new Outcome.Refused("identity.api.token.ops-not-admin");
    }
    Instant now = clock.instant();
    Instant lastUsed = token.get().getLastUsedAt();
    Instant precision = now.minus(ApiToken.LAST_USED_PRECISION);
    // Most calls come within a minute of the last: they write nothing, and commit nothing to disk.
    if (lastUsed == null || lastUsed.isBefore(precision)) {
      tokens.touch(token.get().getId(), now, precision);
    }
    user.get().eraseCredentials();
    return new Outcome.Authenticated(
        user.get(),
        new ApiCaller(
            token.get().getId(),
            token.get().getName(),
            token.get().getHint(),
            token.get().getScope()));
  }
}
