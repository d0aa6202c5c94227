package com.otopair.base;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request or UI, if any. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<SignedInUser> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** The signed-in user; for code that security has already restricted to signed-in users. */
  public static SignedInUser require() {
    return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
  }
}
