package com.otopair.identity;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.SecretTokens;
import com.otopair.identity.domain.ApiToken;
import com.otopair.identity.domain.ApiTokenRepository;
import com.otopair.identity.domain.User;
import com.otopair.identity.domain.UserRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts created by the system rather than by their owners: the first admin from configuration,
 * demo data, and (later) invited mechanics. Not reachable from any view.
 */
@Service
@Transactional
public class UserProvisioning {

  private final UserRepository users;
  private final ApiTokenRepository apiTokens;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  UserProvisioning(
      UserRepository users,
      PasswordEncoder passwords,
      Clock clock,
      ApplicationEventPublisher events,
      ApiTokenRepository apiTokens) {
    this.users = users;
    this.apiTokens = apiTokens;
    this.passwords = passwords;
    this.clock = clock;
    this.events = events;
  }

  /** A verified, active account; the password is hashed here. */
  public UUID createVerifiedUser(String email, String name, String role, String password) {
    AccountRules.check("email", AccountRules.emailProblem(email));
    AccountRules.check("name", AccountRules.nameProblem(name));
    AccountRules.check("password", AccountRules.passwordProblem(password, email));
    if (!Roles.ALL.contains(role)) {
      throw new InvalidRequestException("role", "identity.user.role.unknown", role);
    }
    if (users.existsByEmail(User.normalizeEmail(email))) {
      throw new InvalidRequestException("email", "identity.user.email.taken", email);
    }
    var user = new User(email, name, passwords.encode(password), role, clock.instant());
    user.markEmailVerified(clock.instant());
    users.save(user);
    events.publishEvent(
        new UserRegistered(user.getId(), user.getEmail(), role, false, null, clock.instant()));
    return user.getId();
  }

  /**
   * A customer who joins a shop's team becomes a mechanic; other roles stay as they are.
   *
   * @return the user's role afterwards
   */
  public String joinAsMechanic(UUID userId) {
    User user = users.findById(userId).orElseThrow();
    if (user.getRole().equals(Roles.CUSTOMER)) {
      user.setRole(Roles.MECHANIC);
      events.publishEvent(new UserChanged(user.getId()));
    }
    return user.getRole();
  }

  /**
   * An API token with a given secret, for demo data: the walkthrough's API examples work on the
   * first start. Never used with a secret anyone else knows outside the demo.
   */
  public void issueApiToken(UUID userId, String name, String secret) {
    issueApiToken(userId, name, secret, ApiTokenScope.CUSTOMER);
  }

  /**
   * An API token of {@code scope} with a given secret, for demo data (the walkthrough's operations
   * calls use the admin's); the database refuses an operations token for anyone but an admin.
   */
  public void issueApiToken(UUID userId, String name, String secret, ApiTokenScope scope) {
    if (!secret.startsWith(ApiTokens.PREFIX) || secret.length() < 20) {
      throw new IllegalArgumentException("An API token starts with otp_ and is long");
    }
    apiTokens.save(
        new ApiToken(
            userId,
            name,
            SecretTokens.hash(secret),
            secret.substring(0, 8),
            scope,
            clock.instant()));
  }

  /**
   * The customer a shop means by an email or a phone number, or a new customer account for them
   * (they set a password through "Forgot password" when they want to sign in). A phone number alone
   * finds an existing customer; creating one needs the email.
   */
  public UUID findOrCreateCustomer(String name, @Nullable String email, @Nullable String phone) {
    return findOrCreate(name, email, phone).id();
  }

  /** A customer found, or created now (then still unverified, with an unknown password). */
  record Found(UUID id, boolean created) {}

  Found findOrCreate(String name, @Nullable String email, @Nullable String phone) {
    String address = email == null ? "" : email.strip();
    String number = phone == null ? "" : phone.strip();
    if (!address.isEmpty()) {
      AccountRules.check("customerEmail", AccountRules.emailProblem(address));
      Optional<User> known = users.findByEmail(User.normalizeEmail(address));
      if (known.isPresent()) {
        if (!known.get().getRole().equals(Roles.CUSTOMER)) {
          throw new InvalidRequestException("customerEmail", "identity.customer.email.staff");
        }
        return new Found(known.get().getId(), false);
      }
    }
    if (!number.isEmpty()) {
      AccountRules.check("customerPhone", AccountRules.phoneProblem(number));
      String digits = number.replaceAll("[^0-9]", "");
      digits = digits.substring(Math.max(0, digits.length() - 10));
      var matches =
          users.findByPhoneDigits(digits).stream()
              .filter(u -> u.getRole().equals(Roles.CUSTOMER))
              .toList();
      if (matches.size() == 1) {
        return new Found(matches.getFirst().getId(), false);
      }
      if (matches.size() > 1) {
        throw new InvalidRequestException("customerPhone", "identity.customer.phone.shared");
      }
    }
    if (address.isEmpty() && number.isEmpty()) {
      throw new InvalidRequestException("customerEmail", "identity.customer.contact.required");
    }
    if (address.isEmpty()) {
      throw new InvalidRequestException("customerPhone", "identity.customer.phone.unknown");
    }
    AccountRules.check("customerName", AccountRules.nameProblem(name));
    var user =
        new User(
            address,
            name.strip(),
            passwords.encode(SecretTokens.generate()),
            Roles.CUSTOMER,
            clock.instant());
    user.setPhone(number.isEmpty() ? null : number);
    users.save(user);
    events.publishEvent(
        new UserRegistered(
            user.getId(), user.getEmail(), Roles.CUSTOMER, false, null, clock.instant()));
    return new Found(user.getId(), true);
  }

  @Transactional(readOnly = true)
  public boolean anyUserExists() {
    return users.count() > 0;
  }

  @Transactional(readOnly = true)
  public Optional<UUID> findByEmail(String email) {
    if (!PlainText.isLine(email)) {
      return Optional.empty(); // no address has a control character
    }
    return users.findByEmail(User.normalizeEmail(email)).map(User::getId);
  }
}
