package com.otopair.identity.security;

import static com.otopair.base.RateLimits.Limit.SIGN_IN_ACCOUNT;
import static com.otopair.base.RateLimits.Limit.SIGN_IN_ACCOUNT_ADDRESS;
import static com.otopair.base.RateLimits.Limit.SIGN_IN_ADDRESS;

import com.otopair.base.RateLimits;
import com.otopair.identity.domain.User;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with limits on guessing, shared by form login and the authentication manager.
 * Each try takes a token of its account with its address and of its address before the password is
 * checked (so that a burst in parallel cannot pass the limit), and a right password gives them
 * back. There is no lock-out from elsewhere: the only refusing limit of an account is the one of
 * the account together with an address; the account's own limit only mails its owner. An unknown
 * email counts exactly like a wrong password. A sign-in with no address (code checking a password,
 * not a browser) is limited per account only.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider delegate;
  private final RateLimits limits;
  private final SignInThrottleAlerts alerts;

  ThrottledAuthenticationProvider(
      AuthenticationProvider delegate, RateLimits limits, SignInThrottleAlerts alerts) {
    this.delegate = delegate;
    this.limits = limits;
    this.alerts = alerts;
  }

  @Override
  public @Nullable Authentication authenticate(Authentication attempt)
      throws AuthenticationException {
    String email = User.normalizeEmail(String.valueOf(attempt.getPrincipal()));
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails details
            ? RateLimits.network(details.getRemoteAddress())
            : null;
    limits
        .take(SIGN_IN_ACCOUNT_ADDRESS, email, address)
        .ifPresent(ThrottledAuthenticationProvider::refuse);
    if (address != null) {
      Optional<RateLimits.Refusal> crowded = limits.take(SIGN_IN_ADDRESS, address);
      if (crowded.isPresent()) {
        limits.giveBack(SIGN_IN_ACCOUNT_ADDRESS, email, address);
        refuse(crowded.get());
      }
    }
    try {
      Authentication done = delegate.authenticate(attempt);
      forgive(email, address);
      return done;
    } catch (BadCredentialsException wrong) {
      if (limits.take(SIGN_IN_ACCOUNT, email).isPresent()) {
        alerts.manyFailures(email);
      }
      throw wrong;
    } catch (AuthenticationException notAGuess) {
      // The right password of a suspended account: not a guess.
      forgive(email, address);
      throw notAGuess;
    }
  }

  private void forgive(String email, @Nullable String address) {
    limits.reset(SIGN_IN_ACCOUNT_ADDRESS, email, address);
    if (address != null) {
      limits.giveBack(SIGN_IN_ADDRESS, address);
    }
  }

  private static void refuse(RateLimits.Refusal refusal) {
    throw new SignInThrottledException(refusal.retryAt(), refusal.retryAfter());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return delegate.supports(authentication);
  }
}
