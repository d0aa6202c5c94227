package com.otopair.identity.security;

import com.otopair.base.Roles;
import com.otopair.base.SecretTokens;
import com.otopair.identity.ApiCaller;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserStatus;
import com.otopair.identity.domain.ApiToken;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the user behind a bearer token, and notes when the token was last used: one query on every
 * API call (the token with its user), and a write at most once a minute per token.
 */
@Component
class ApiTokenAuthenticator {

  /** Who a token acts as, or why it acts as nobody. */
  sealed interface Outcome {
    record Authenticated(OtopairUserDetails user, ApiCaller caller) implements Outcome {}

    /** Refused, {@code reason} being the key of the bundles that says why. */
    record Refused(String reason) implements Outcome {}
  }

  /** A token and the user it acts as, as one row. */
  private record Found(
      UUID tokenId,
      String name,
      String hint,
      ApiTokenScope scope,
      boolean revoked,
      @Nullable Instant lastUsedAt,
      OtopairUserDetails user) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ApiTokenAuthenticator(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Outcome authenticate(String secret) {
    if (!secret.startsWith(ApiTokens.PREFIX)) {
      return new Outcome.Refused("identity.api.token.not-ours");
    }
    List<Found> found =
        jdbc.query(
            "select t.id, t.name, t.hint, t.scope, t.revoked_at is not null as revoked,"
                + " t.last_used_at, u.id as user_id, u.email, u.display_name, u.role, u.status,"
                + " u.email_verified_at is not null as verified"
                + " from api_tokens t join users u on u.id = t.user_id where t.token_hash = ?",
            (rs, i) -> {
              Timestamp lastUsed = rs.getTimestamp("last_used_at");
              return new Found(
                  rs.getObject("id", UUID.class),
                  rs.getString("name"),
                  rs.getString("hint"),
                  ApiTokenScope.valueOf(rs.getString("scope")),
                  rs.getBoolean("revoked"),
                  lastUsed == null ? null : lastUsed.toInstant(),
                  new OtopairUserDetails(
                      rs.getObject("user_id", UUID.class),
                      rs.getString("email"),
                      rs.getString("display_name"),
                      rs.getString("role"),
                      rs.getBoolean("verified"),
                      UserStatus.SUSPENDED.name().equals(rs.getString("status"))));
            },
            SecretTokens.hash(secret));
    if (found.isEmpty() || found.getFirst().revoked()) {
      return new Outcome.Refused("identity.api.token.unknown");
    }
    Found token = found.getFirst();
    if (!token.user().isAccountNonLocked()) {
      return new Outcome.Refused("identity.api.token.suspended");
    }
    // An admin who is no longer one keeps their operations tokens, which no longer work.
    if (token.scope() == ApiTokenScope.OPS && !Roles.ADMIN.equals(token.user().role())) {
      return new Outcome.Refused("identity.api.token.ops-not-admin");
    }
    Instant now = clock.instant();
    Instant precision = now.minus(ApiToken.LAST_USED_PRECISION);
    // Most calls come within a minute of the last: they write nothing, and commit nothing to disk.
    // Noted in place and without the version, so that concurrent calls with one token never
    // conflict.
    if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(precision)) {
      jdbc.update(
          "update api_tokens set last_used_at = ? where id = ?"
              + " and (last_used_at is null or last_used_at < ?)",
          Timestamp.from(now),
          token.tokenId(),
          Timestamp.from(precision));
    }
    return new Outcome.Authenticated(
        token.user(), new ApiCaller(token.tokenId(), token.name(), token.hint(), token.scope()));
  }
}
