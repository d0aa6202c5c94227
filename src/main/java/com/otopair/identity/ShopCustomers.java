package com.otopair.identity;

import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import com.otopair.identity.AccountEmailRequested.Kind;
import com.otopair.identity.domain.EmailToken;
import com.otopair.identity.domain.Tokens;
import com.otopair.identity.domain.User;
import com.otopair.identity.domain.UserRepository;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer a shop books for on a call: found by their email or phone number (as {@link
 * UserProvisioning#findOrCreateCustomer} finds them), or given an account that the shop creates
 * with their name, email and phone. A new account is unverified, and its holder is emailed a link
 * to claim it: choosing a password through that link also confirms the address. The caller checks
 * that the signed-in user may book for the shop.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ShopCustomers {

  /** The customer booked for; {@code created} when the account was made now, and mailed. */
  public record ShopCustomer(UUID id, boolean created) {}

  private final UserProvisioning provisioning;
  private final UserRepository users;
  private final Tokens tokens;
  private final PublicLinks links;
  private final IdentitySettings settings;
  private final ApplicationEventPublisher events;

  ShopCustomers(
      UserProvisioning provisioning,
      UserRepository users,
      Tokens tokens,
      PublicLinks links,
      IdentitySettings settings,
      ApplicationEventPublisher events) {
    this.provisioning = provisioning;
    this.users = users;
    this.tokens = tokens;
    this.links = links;
    this.settings = settings;
    this.events = events;
  }

  /**
   * Finds the customer by email, else by phone; creates them when neither is known (the email is
   * then required) and emails them the link to claim their account. Refusals name the field: {@code
   * customerName}, {@code customerEmail}, {@code customerPhone}.
   */
  public ShopCustomer findOrCreate(String name, @Nullable String email, @Nullable String phone) {
    UserProvisioning.Found found = provisioning.findOrCreate(name, email, phone);
    if (found.created()) {
      User user = users.findById(found.id()).orElseThrow();
      // Their mails come in the language the shop booked them in.
      user.setLanguage(I18n.current());
      String token =
          tokens.issue(
              user.getId(),
              EmailToken.Purpose.RESET_PASSWORD,
              null,
              settings.verificationValidity());
      events.publishEvent(
          new AccountEmailRequested(
              Kind.CLAIM_ACCOUNT,
              user.getEmail(),
              user.getDisplayName(),
              links.to("reset-password", "token", token),
              I18n.tag(user.getLanguage())));
    }
    return new ShopCustomer(found.id(), found.created());
  }
}
