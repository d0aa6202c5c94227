package com.otopair.identity;

import com.otopair.base.ClientAddress;
import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PersonalData;
import com.otopair.base.Roles;
import com.otopair.base.SecretTokens;
import com.otopair.identity.domain.ApiTokenRepository;
import com.otopair.identity.domain.EmailTokenRepository;
import com.otopair.identity.domain.User;
import com.otopair.identity.domain.UserRepository;
import com.otopair.identity.security.ActiveSessions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer deletes their own account, in one transaction: the account row is anonymized once (a
 * conditional update), its API tokens and emailed links revoked, then each module erases what it
 * holds about them ({@link PersonalData}): upcoming bookings cancelled under the shop's policy,
 * live sessions ended, free text they wrote erased. Payments, refunds and invoices keep their
 * amounts and dates; reviews keep their stars and text under "Deleted customer". After the commit
 * their signed-in sessions end. Audited.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountDeletion {

  private final UserRepository users;
  private final ApiTokenRepository apiTokens;
  private final EmailTokenRepository emailTokens;
  private final List<PersonalData> modules;
  private final PasswordEncoder passwords;
  private final ActiveSessions sessions;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  AccountDeletion(
      UserRepository users,
      ApiTokenRepository apiTokens,
      EmailTokenRepository emailTokens,
      List<PersonalData> modules,
      PasswordEncoder passwords,
      ActiveSessions sessions,
      Clock clock,
      ApplicationEventPublisher events) {
    this.users = users;
    this.apiTokens = apiTokens;
    this.emailTokens = emailTokens;
    this.modules = modules;
    this.passwords = passwords;
    this.sessions = sessions;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Why the signed-in user may not delete their account this way, a sentence key: an admin, or a
   * shop owner or mechanic while they work at a shop. Empty when they may.
   */
  @Transactional(readOnly = true)
  public Optional<String> refusal() {
    var me = CurrentUser.require();
    if (Roles.ADMIN.equals(me.role())) {
      return Optional.of("identity.delete.refused.admin");
    }
    return modules.stream()
        .map(module -> module.deletionRefusal(me.id()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Deletes the signed-in user's account once they typed its email. A second request, also one
   * racing this one, changes nothing: the account row is anonymized by one conditional update and
   * only the request that made it erases the rest.
   *
   * @return whether this request deleted the account (false when it was already deleted)
   * @throws InvalidRequestException on {@code email} when the typed address is not the account's
   * @throws ConflictException for an admin, or a shop owner or mechanic still at a shop
   */
  public boolean deleteMyAccount(@Nullable String typedEmail) {
    UUID id = CurrentUser.require().id();
    User user = users.findById(id).orElseThrow(() -> new IllegalStateException("No user " + id));
    if (user.isDeleted()) {
      return false;
    }
    if (typedEmail == null
        || typedEmail.isBlank()
        || !User.normalizeEmail(typedEmail).equals(user.getEmail())) {
      throw new InvalidRequestException("email", "identity.delete.email.wrong");
    }
    Optional<String> refused = refusal();
    if (refused.isPresent()) {
      throw new ConflictException(refused.get());
    }
    String email = user.getEmail();
    Instant now = clock.instant();
    if (users.anonymize(id, passwords.encode(SecretTokens.generate()), now) == 0) {
      return false;
    }
    apiTokens.revokeAll(id, now);
    emailTokens.retireAll(id, now);
    for (PersonalData module : modules) {
      module.erase(id);
    }
    String placeholder = "deleted-" + id + "@deleted.invalid";
    events.publishEvent(
        new AccountAction(
            AccountAction.ACCOUNT_DELETED,
            placeholder,
            placeholder,
            "identity.audit.account-deleted",
            List.of(id.toString()),
            ClientAddress.current(),
            now));
    events.publishEvent(new UserChanged(id));
    sessions.endAllFor(id); // on every node, once this commits
    return true;
  }
}
