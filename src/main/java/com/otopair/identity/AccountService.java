package com.otopair.identity;

import static com.otopair.identity.AccountRules.check;

import com.otopair.base.ClientAddress;
import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PublicLinks;
import com.otopair.base.RateLimits;
import com.otopair.base.RateLimits.Limit;
import com.otopair.base.Roles;
import com.otopair.identity.AccountEmailRequested.Kind;
import com.otopair.identity.domain.EmailToken;
import com.otopair.identity.domain.EmailTokenRepository;
import com.otopair.identity.domain.Tokens;
import com.otopair.identity.domain.User;
import com.otopair.identity.domain.UserRepository;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's own account: sign-up, email verification, password reset and the profile. Anonymous
 * visitors may sign up, verify and reset; everything else acts on the signed-in user only.
 *
 * <p>What sends mail on a visitor's request is rate limited ({@link RateLimits}): those methods
 * check their limits before their transaction starts, then run their work in one.
 */
@Service
@Transactional
public class AccountService {

  private static final Set<String> SELF_SERVICE_ROLES = Set.of(Roles.CUSTOMER, Roles.SHOP_OWNER);

  private final UserRepository users;
  private final EmailTokenRepository emailTokens;
  private final Tokens tokens;
  private final PasswordEncoder passwords;
  private final PublicLinks links;
  private final IdentitySettings settings;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final RateLimits limits;
  private final TransactionTemplate transactions;

  AccountService(
      UserRepository users,
      EmailTokenRepository emailTokens,
      Tokens tokens,
      PasswordEncoder passwords,
      PublicLinks links,
      IdentitySettings settings,
      Clock clock,
      ApplicationEventPublisher events,
      RateLimits limits,
      TransactionTemplate transactions) {
    this.users = users;
    this.emailTokens = emailTokens;
    this.tokens = tokens;
    this.passwords = passwords;
    this.links = links;
    this.settings = settings;
    this.clock = clock;
    this.events = events;
    this.limits = limits;
    this.transactions = transactions;
  }

  /**
   * Creates an unverified account and emails the verification link. The account keeps the language
   * of the page it was created on (or of the API request).
   *
   * @throws InvalidRequestException naming the field, for a malformed email, a weak password, a
   *     missing name or an email that already has an account
   * @throws com.otopair.base.TooManyRequestsException at the email field, after too many sign-ups
   *     from this address or of this email from this address
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public UUID signUp(SignUp request) {
    check("name", AccountRules.nameProblem(request.name()));
    check("email", AccountRules.emailProblem(request.email()));
    check("password", AccountRules.passwordProblem(request.password(), request.email()));
    if (!SELF_SERVICE_ROLES.contains(request.role())) {
      throw new InvalidRequestException("role", "identity.sign-up.role.invalid");
    }
    String email = User.normalizeEmail(request.email());
    String address = RateLimits.network(ClientAddress.current());
    if (address != null) {
      limits.check(Limit.SIGN_UP_ADDRESS, "email", address);
    }
    limits.check(Limit.SIGN_UP_EMAIL_ADDRESS, "email", email, address);
    UUID id = transactions.execute(status -> createAccount(request, email));
    return Objects.requireNonNull(id);
  }

  private UUID createAccount(SignUp request, String email) {
    if (users.existsByEmail(email)) {
      throw emailTaken();
    }
    var user =
        new User(
            email,
            request.name(),
            passwords.encode(request.password()),
            request.role(),
            clock.instant());
    user.setLanguage(I18n.current());
    try {
      users.saveAndFlush(user);
    } catch (DataIntegrityViolationException raceWithAnotherSignUp) {
      throw emailTaken();
    }
    sendVerification(user);
    events.publishEvent(
        new UserRegistered(
            user.getId(), email, user.getRole(), true, ClientAddress.current(), clock.instant()));
    return user.getId();
  }

  private static InvalidRequestException emailTaken() {
    return new InvalidRequestException("email", "identity.sign-up.email.taken");
  }

  private void sendVerification(User user) {
    String token =
        tokens.issue(
            user.getId(), EmailToken.Purpose.VERIFY_EMAIL, null, settings.verificationValidity());
    events.publishEvent(
        new AccountEmailRequested(
            Kind.VERIFY_EMAIL,
            user.getEmail(),
            user.getDisplayName(),
            links.to("verify", "token", token),
            I18n.tag(user.getLanguage())));
  }

  /**
   * Confirms an email address from an emailed link: the sign-up address or a new address from the
   * profile page.
   *
   * @return the confirmed address
   * @throws InvalidRequestException for a missing, unknown, expired or reused link
   */
  public String verifyEmail(@Nullable String rawToken) {
    EmailToken token =
        tokens.redeem(rawToken, EmailToken.Purpose.VERIFY_EMAIL, EmailToken.Purpose.CHANGE_EMAIL);
    User user = users.findById(token.getUserId()).orElseThrow();
    String oldEmail = user.getEmail();
    if (token.getPurpose() == EmailToken.Purpose.CHANGE_EMAIL) {
      String newEmail = Objects.requireNonNull(token.getNewEmail());
      if (users.existsByEmail(newEmail)) {
        throw new InvalidRequestException("token", "identity.email-change.taken-meanwhile");
      }
      user.changeEmail(newEmail, clock.instant());
      audit(
          AccountAction.EMAIL_CHANGED,
          oldEmail,
          user.getEmail(),
          "identity.audit.email-changed",
          oldEmail);
    } else {
      user.markEmailVerified(clock.instant());
      audit(
          AccountAction.EMAIL_VERIFIED,
          user.getEmail(),
          user.getEmail(),
          "identity.audit.email-verified");
    }
    events.publishEvent(new UserChanged(user.getId()));
    return user.getEmail();
  }

  /**
   * Sends the signed-in user a fresh verification link.
   *
   * @throws com.otopair.base.TooManyRequestsException after too many resends
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void resendVerification() {
    limits.check(Limit.VERIFICATION_RESEND_USER, null, CurrentUser.require().id());
    transactions.executeWithoutResult(
        status -> {
          User user = currentUser();
          if (!user.isEmailVerified()) {
            sendVerification(user);
          }
        });
  }

  /**
   * Emails a reset link when an account has this address. Says nothing either way, so that nobody
   * learns which addresses are registered; past a day's cap of mails to one address, silently sends
   * nothing.
   *
   * @throws com.otopair.base.TooManyRequestsException at the email field, after too many requests
   *     from this address (whether the account exists or not)
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void requestPasswordReset(String email) {
    if (AccountRules.emailProblem(email) != null) {
      return;
    }
    String normalized = User.normalizeEmail(email);
    String address = RateLimits.network(ClientAddress.current());
    limits.check(Limit.PASSWORD_RESET_EMAIL_ADDRESS, "email", normalized, address);
    if (address != null) {
      limits.check(Limit.PASSWORD_RESET_ADDRESS, "email", address);
    }
    if (limits.take(Limit.PASSWORD_RESET_EMAIL, normalized).isPresent()) {
      return;
    }
    transactions.executeWithoutResult(status -> sendReset(normalized));
  }

  private void sendReset(String email) {
    users
        .findByEmail(email)
        .ifPresent(
            user -> {
              String token =
                  tokens.issue(
                      user.getId(),
                      EmailToken.Purpose.RESET_PASSWORD,
                      null,
                      settings.resetValidity());
              events.publishEvent(
                  new AccountEmailRequested(
                      Kind.RESET_PASSWORD,
                      user.getEmail(),
                      user.getDisplayName(),
                      links.to("reset-password", "token", token),
                      I18n.tag(user.getLanguage())));
              audit(
                  AccountAction.PASSWORD_RESET_REQUESTED,
                  null,
                  user.getEmail(),
                  "identity.audit.password-reset-requested");
            });
  }

  /**
   * Sets a new password from an emailed reset link. Following the link also proves the address, so
   * an unverified account becomes verified.
   */
  public void resetPassword(@Nullable String rawToken, String newPassword) {
    EmailToken token = tokens.redeem(rawToken, EmailToken.Purpose.RESET_PASSWORD);
    User user = users.findById(token.getUserId()).orElseThrow();
    check("password", AccountRules.passwordProblem(newPassword, user.getEmail()));
    user.setPasswordHash(passwords.encode(newPassword));
    user.markEmailVerified(clock.instant());
    audit(AccountAction.PASSWORD_RESET, null, user.getEmail(), "identity.audit.password-reset");
    events.publishEvent(new UserChanged(user.getId()));
  }

  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Profile profile() {
    User user = currentUser();
    String pending =
        emailTokens
            .findFirstByUserIdAndPurposeAndUsedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
                user.getId(), EmailToken.Purpose.CHANGE_EMAIL, clock.instant())
            .map(EmailToken::getNewEmail)
            .orElse(null);
    return new Profile(
        user.getId(),
        user.getDisplayName(),
        user.getEmail(),
        user.getPhone(),
        user.getRole(),
        user.isEmailVerified(),
        pending);
  }

  @PreAuthorize("isAuthenticated()")
  public void updateProfile(String name, @Nullable String phone) {
    check("name", AccountRules.nameProblem(name));
    check("phone", AccountRules.phoneProblem(phone));
    User user = currentUser();
    user.setDisplayName(name);
    user.setPhone(phone);
    events.publishEvent(new UserChanged(user.getId()));
  }

  @PreAuthorize("isAuthenticated()")
  public void changePassword(String currentPassword, String newPassword) {
    User user = currentUser();
    if (!passwords.matches(currentPassword, user.getPasswordHash())) {
      throw new InvalidRequestException("currentPassword", "identity.password.current.wrong");
    }
    check("newPassword", AccountRules.passwordProblem(newPassword, user.getEmail()));
    user.setPasswordHash(passwords.encode(newPassword));
    audit(
        AccountAction.PASSWORD_CHANGED,
        user.getEmail(),
        user.getEmail(),
        "identity.audit.password-changed");
  }

  /**
   * Starts an email change: the new address gets a confirmation link, and the account keeps its
   * current address until the link is opened.
   */
  @PreAuthorize("isAuthenticated()")
  public void requestEmailChange(String newEmail, String currentPassword) {
    User user = currentUser();
    check("newEmail", AccountRules.emailProblem(newEmail));
    if (!passwords.matches(currentPassword, user.getPasswordHash())) {
      throw new InvalidRequestException("emailPassword", "identity.password.current.wrong");
    }
    String normalized = User.normalizeEmail(newEmail);
    if (normalized.equals(user.getEmail())) {
      throw new InvalidRequestException("newEmail", "identity.email-change.same");
    }
    if (users.existsByEmail(normalized)) {
      throw new InvalidRequestException("newEmail", "identity.email-change.taken");
    }
    String token =
        tokens.issue(
            user.getId(),
            EmailToken.Purpose.CHANGE_EMAIL,
            normalized,
            settings.emailChangeValidity());
    events.publishEvent(
        new AccountEmailRequested(
            Kind.CONFIRM_NEW_EMAIL,
            normalized,
            user.getDisplayName(),
            links.to("verify", "token", token),
            I18n.tag(user.getLanguage())));
  }

  /** Whether the signed-in user has confirmed their email address. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean isCurrentUserVerified() {
    return currentUser().isEmailVerified();
  }

  private User currentUser() {
    UUID id = CurrentUser.require().id();
    return users.findById(id).orElseThrow(() -> new IllegalStateException("No user " + id));
  }

  private void audit(
      String action,
      @Nullable String actor,
      String subject,
      String detailsKey,
      String... detailsArgs) {
    events.publishEvent(
        new AccountAction(
            action,
            actor,
            subject,
            detailsKey,
            List.of(detailsArgs),
            ClientAddress.current(),
            clock.instant()));
  }
}
