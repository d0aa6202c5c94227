package com.otopair.identity;

import com.otopair.base.AccountLanguage;
import com.otopair.base.I18n;
import com.otopair.identity.domain.User;
import com.otopair.identity.domain.UserRepository;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language kept on each account: chosen in the top bar or on a public page, set at sign-up from
 * the page's language, and read by pages on any device and by every mail sent to the account.
 */
@Service
@Transactional(readOnly = true)
public class AccountLanguages implements AccountLanguage {

  private final UserRepository users;

  AccountLanguages(UserRepository users) {
    this.users = users;
  }

  @Override
  public Optional<Locale> of(UUID userId) {
    // Read alone: every mail and notice asks it of each person it goes to.
    return users.languageOf(userId).map(I18n::ofTag);
  }

  /** The language of the account with this email, or empty when nobody has it yet. */
  public Optional<Locale> ofEmail(String email) {
    return users.languageOfEmail(User.normalizeEmail(email)).map(I18n::ofTag);
  }

  @Override
  @Transactional
  public void choose(UUID userId, Locale locale) {
    users.findById(userId).ifPresent(user -> user.setLanguage(I18n.supported(locale)));
  }
}
