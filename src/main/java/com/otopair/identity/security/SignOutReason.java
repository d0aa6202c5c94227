package com.otopair.identity.security;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why Otopair signed someone out on its own, for the login page to say: the idle or the absolute
 * timeout, or an admin who ended the user's sessions. Each is also the login page's query parameter
 * ({@code login?idle}, {@code login?expired}, {@code login?ended}).
 */
public enum SignOutReason {
  IDLE("idle"),
  ABSOLUTE("expired"),
  ENDED("ended");

  /** The session attribute a timed-out session's successor carries for the login page. */
  static final String ATTRIBUTE = SignOutReason.class.getName();

  private final String parameter;

  SignOutReason(String parameter) {
    this.parameter = parameter;
  }

  /** The login page's query parameter for this reason. */
  public String parameter() {
    return parameter;
  }

  /** The reason a login page's query parameters name, if any. */
  public static Optional<SignOutReason> ofParameters(java.util.Set<String> parameters) {
    for (SignOutReason reason : values()) {
      if (parameters.contains(reason.parameter)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }

  /** The reason left in this (new) session when the one before it timed out, if any. */
  public static Optional<SignOutReason> of(@Nullable HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    try {
      return session.getAttribute(ATTRIBUTE) instanceof SignOutReason reason
          ? Optional.of(reason)
          : Optional.empty();
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }

  /** Forgets the reason once the login page said it. */
  public static void said(@Nullable HttpSession session) {
    if (session != null) {
      try {
        session.removeAttribute(ATTRIBUTE);
      } catch (IllegalStateException invalidated) {
        // Nothing to forget.
      }
    }
  }
}
