package com.otopair.identity;

import com.otopair.base.ClientAddress;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.SecretTokens;
import com.otopair.base.SignedInUser;
import com.otopair.identity.domain.ApiToken;
import com.otopair.identity.domain.ApiTokenRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the REST API, issued and revoked by their user on the profile page. A token
 * acts as its user with the user's role, in its {@link ApiTokenScope scope} only: the booking API,
 * or (admins only) the operations API. The secret is shown once and only its hash is kept.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ApiTokens {

  /** Every token starts with this, so that a leaked one is easy to recognise in logs and scans. */
  public static final String PREFIX = "otp_";

  public static final int MAX_LIVE_TOKENS = 10;

  /** The longest name a token may have. */
  public static final int MAX_NAME_LENGTH = 60;

  /** A token as its owner sees it: never the secret. */
  public record Summary(
      UUID id,
      String name,
      String hint,
      ApiTokenScope scope,
      Instant createdAt,
      @Nullable Instant lastUsedAt) {}

  /** A token just issued, with the secret that will not be shown again. */
  public record Issued(Summary token, String secret) {}

  public static final String API_TOKEN_ISSUED = "API_TOKEN_ISSUED";
  public static final String API_TOKEN_REVOKED = "API_TOKEN_REVOKED";

  private final ApiTokenRepository tokens;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ApiTokens(ApiTokenRepository tokens, Clock clock, ApplicationEventPublisher events) {
    this.tokens = tokens;
    this.clock = clock;
    this.events = events;
  }

  /** Issues a booking API token for the signed-in user, named so they can tell it apart. */
  public Issued issue(String name) {
    return issue(name, ApiTokenScope.CUSTOMER);
  }

  /**
   * Issues a token of {@code scope} for the signed-in user, named so they can tell it apart ("Fleet
   * app"). Only an admin may hold an operations token (the database refuses one for anyone else).
   */
  public Issued issue(String name, ApiTokenScope scope) {
    SignedInUser me = CurrentUser.require();
    if (scope == ApiTokenScope.OPS && !Roles.ADMIN.equals(me.role())) {
      throw new NotAllowedException("identity.api-token.scope.admins-only");
    }
    PlainText.requireLine("tokenName", name);
    String label = name.strip();
    if (label.isEmpty()) {
      throw new InvalidRequestException("tokenName", "identity.api-token.name.required");
    }
    if (label.length() > MAX_NAME_LENGTH) {
      throw new InvalidRequestException(
          "tokenName", "identity.api-token.name.too-long", MAX_NAME_LENGTH);
    }
    if (tokens.existsByUserIdAndNameIgnoreCaseAndRevokedAtIsNull(me.id(), label)) {
      throw new InvalidRequestException("tokenName", "identity.api-token.name.taken", label);
    }
    if (tokens.countByUserIdAndRevokedAtIsNull(me.id()) >= MAX_LIVE_TOKENS) {
      throw new InvalidRequestException(
          "tokenName", "identity.api-token.too-many", MAX_LIVE_TOKENS);
    }
    String secret = PREFIX + SecretTokens.generate();
    Instant now = clock.instant();
    ApiToken token =
        tokens.save(
            new ApiToken(
                me.id(), label, SecretTokens.hash(secret), secret.substring(0, 8), scope, now));
    audit(
        API_TOKEN_ISSUED,
        me,
        scope == ApiTokenScope.OPS
            ? "identity.audit.ops-api-token-issued"
            : "identity.audit.api-token-issued",
        label);
    return new Issued(summary(token), secret);
  }

  /** The signed-in user's live tokens, newest first. */
  @Transactional(readOnly = true)
  public List<Summary> mine() {
    return tokens
        .findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(CurrentUser.require().id())
        .stream()
        .map(ApiTokens::summary)
        .toList();
  }

  /** Revokes one of the signed-in user's tokens: the next call with it gets 401. */
  public void revoke(UUID tokenId) {
    SignedInUser me = CurrentUser.require();
    ApiToken token =
        tokens
            .findById(tokenId)
            .filter(t -> t.getUserId().equals(me.id()) && t.isLive())
            .orElseThrow(() -> new NotFoundException("identity.api-token.not-found"));
    token.revoke(clock.instant());
    audit(API_TOKEN_REVOKED, me, "identity.audit.api-token-revoked", token.getName());
  }

  private void audit(String action, SignedInUser me, String detailsKey, String tokenName) {
    events.publishEvent(
        new AccountAction(
            action,
            me.email(),
            me.email(),
            detailsKey,
            List.of(tokenName),
            ClientAddress.current(),
            clock.instant()));
  }

  private static Summary summary(ApiToken token) {
    return new Summary(
        token.getId(),
        token.getName(),
        token.getHint(),
        token.getScope(),
        token.getCreatedAt(),
        token.getLastUsedAt());
  }
}
