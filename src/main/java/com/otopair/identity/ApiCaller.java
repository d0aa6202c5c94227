package com.otopair.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The API token behind the current request, for audit entries that say which token acted (never its
 * secret: its name and its first characters, as the profile page lists them).
 */
public record ApiCaller(UUID tokenId, String tokenName, String hint, ApiTokenScope scope) {

  /** The token that authenticated the current request, if a token did. */
  public static Optional<ApiCaller> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getDetails() instanceof ApiCaller caller) {
      return Optional.of(caller);
    }
    return Optional.empty();
  }
}
