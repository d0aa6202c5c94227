package com.otopair.identity.security;

import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import com.otopair.base.RateLimits;
import com.otopair.identity.AccountEmailRequested;
import com.otopair.identity.domain.UserRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells an account's owner that someone keeps failing to sign in to it, from anywhere: one mail a
 * day at most ({@code sign-in.alert}), through the outbox. The account stays open: this is the
 * account-wide limit's only effect, so nobody can lock someone else out.
 */
@Component
class SignInThrottleAlerts {

  private final UserRepository users;
  private final RateLimits limits;
  private final PublicLinks links;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;

  SignInThrottleAlerts(
      UserRepository users,
      RateLimits limits,
      PublicLinks links,
      Clock clock,
      TransactionTemplate transactions,
      ApplicationEventPublisher events) {
    this.users = users;
    this.limits = limits;
    this.links = links;
    this.clock = clock;
    this.transactions = transactions;
    this.events = events;
  }

  /** The account of {@code email} (if there is one) had too many failed sign-ins. */
  void manyFailures(String email) {
    users
        .findByEmail(email)
        .filter(user -> limits.take(RateLimits.Limit.SIGN_IN_ALERT, user.getId()).isEmpty())
        .ifPresent(
            user -> {
              // The link names the day: the outbox sends one alert per account and day.
              String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
              var alert =
                  new AccountEmailRequested(
                      AccountEmailRequested.Kind.SIGN_IN_ALERT,
                      user.getEmail(),
                      user.getDisplayName(),
                      links.to("forgot-password", "alert", day),
                      I18n.tag(user.getLanguage()));
              transactions.executeWithoutResult(status -> events.publishEvent(alert));
            });
  }
}
