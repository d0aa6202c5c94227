package com.otopair.identity.security;

import java.util.UUID;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of this node. Ending a user's sessions makes their next request sign them
 * out (Spring Security's concurrent-session filter checks every request).
 */
@Component
public class ActiveSessions {

  private final SessionRegistry registry;

  ActiveSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  /** Ends every open session of the user. */
  public void endAllFor(UUID userId) {
    for (Object principal : registry.getAllPrincipals()) {
      if (principal instanceof OtopairUserDetails user && user.id().equals(userId)) {
        registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
      }
    }
  }

  /** How many open sessions the user has; for tests and the admin view. */
  public long countFor(UUID userId) {
    return registry.getAllPrincipals().stream()
        .filter(p -> p instanceof OtopairUserDetails user && user.id().equals(userId))
        .mapToLong(p -> registry.getAllSessions(p, false).size())
        .sum();
  }
}
