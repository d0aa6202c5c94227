package com.otopair.identity.security;

import com.otopair.identity.AccountAction;
import com.otopair.identity.domain.User;
import com.otopair.identity.domain.UserRepository;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns Spring Security's login events into audit entries (through the outbox) and remembers the
 * last login time.
 */
@Component
class LoginAuditor {

  private final UserRepository users;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  LoginAuditor(UserRepository users, Clock clock, ApplicationEventPublisher events) {
    this.users = users;
    this.clock = clock;
    this.events = events;
  }

  @EventListener
  @Transactional
  void onSuccess(AuthenticationSuccessEvent event) {
    Authentication authentication = event.getAuthentication();
    if (!(authentication.getPrincipal() instanceof OtopairUserDetails user)) {
      return;
    }
    users.recordLogin(user.id(), clock.instant());
    events.publishEvent(
        new AccountAction(
            AccountAction.LOGIN_SUCCEEDED,
            user.email(),
            user.email(),
            "identity.audit.signed-in",
            List.of(),
            address(authentication),
            clock.instant()));
  }

  @EventListener
  @Transactional
  void onFailure(AbstractAuthenticationFailureEvent event) {
    Authentication attempt = event.getAuthentication();
    String email = User.normalizeEmail(String.valueOf(attempt.getPrincipal()));
    String reason =
        switch (event.getException()) {
          case LockedException suspended -> "identity.audit.sign-in-refused.suspended";
          case SignInThrottledException throttled -> "identity.audit.sign-in-refused.throttled";
          default -> "identity.audit.sign-in-refused.credentials";
        };
    events.publishEvent(
        new AccountAction(
            AccountAction.LOGIN_FAILED,
            null,
            email,
            reason,
            List.of(),
            address(attempt),
            clock.instant()));
  }

  private static @Nullable String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }
}
