package com.otopair.identity.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked: too many failed sign-ins of this account from
 * this address, or from this address altogether. Form login keeps it in the session for {@code
 * LoginView}, which says when to try again.
 */
public final class SignInThrottledException extends AuthenticationException {

  private final Instant retryAt;
  private final Duration wait;

  public SignInThrottledException(Instant retryAt, Duration wait) {
    // For developers and logs; LoginView tells people in their language.
    super("Too many failed sign-ins, retry at " + retryAt); // i18n: not shown to people
    this.retryAt = retryAt;
    this.wait = wait;
  }

  /** When a sign-in is allowed again. */
  public Instant retryAt() {
    return retryAt;
  }

  /** How long that was from the refusal. */
  public Duration retryAfter() {
    return wait;
  }
}
