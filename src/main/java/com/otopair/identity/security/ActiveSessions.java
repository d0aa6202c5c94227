package com.otopair.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in sessions of a user, on every node. Ending them stamps the user's row ({@code
 * users.sessions_ended_at}) in the caller's transaction: each node's {@link SessionLimitsFilter}
 * reads it and ends the sessions that signed in before it, and a remember-me cookie issued before
 * it no longer signs anyone in. This node's own sessions are also expired at once after the commit
 * (Spring Security's concurrent-session filter signs them out on their next request).
 */
@Component
public class ActiveSessions {

  private final SessionRegistry registry;
  private final JdbcClient jdbc;
  private final Clock clock;

  ActiveSessions(SessionRegistry registry, JdbcClient jdbc, Clock clock) {
    this.registry = registry;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Ends every open session of the user, on every node, once the caller's transaction commits
   * (nothing ends if it rolls back). Call it inside that transaction.
   */
  public void endAllFor(UUID userId) {
    // Microseconds, as PostgreSQL keeps it, so a session that began in the same instant ends too.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    jdbc.sql("update users set sessions_ended_at = ? where id = ?")
        .params(Timestamp.from(now), userId)
        .update();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              expireHere(userId);
            }
          });
    } else {
      expireHere(userId);
    }
  }

  private void expireHere(UUID userId) {
    for (Object principal : registry.getAllPrincipals()) {
      if (principal instanceof OtopairUserDetails user && user.id().equals(userId)) {
        registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
      }
    }
  }

  /** When the user's sessions were last ended, if ever: one read by primary key. */
  public Optional<Instant> sessionsEndedAt(UUID userId) {
    return jdbc.sql("select sessions_ended_at from users where id = ?")
        .param(userId)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  /** The same for the account with this (normalized) email, for a remember-me cookie. */
  Optional<Instant> sessionsEndedAt(String email) {
    return jdbc.sql("select sessions_ended_at from users where email = ?")
        .param(email)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  /** Expires this node's session with this id, if it is signed in; whether it was. */
  boolean expire(String sessionId) {
    SessionInformation session = registry.getSessionInformation(sessionId);
    if (session == null) {
      return false;
    }
    session.expireNow();
    return true;
  }

  /** How many open sessions the user has on this node; for tests and the admin view. */
  public long countFor(UUID userId) {
    return registry.getAllPrincipals().stream()
        .filter(p -> p instanceof OtopairUserDetails user && user.id().equals(userId))
        .mapToLong(p -> registry.getAllSessions(p, false).size())
        .sum();
  }
}
