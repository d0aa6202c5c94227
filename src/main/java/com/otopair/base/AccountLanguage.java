package com.otopair.base;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a signed-in user's language is kept, so that pages open in it on any device and mails go
 * out in it: the identity module keeps it on the account.
 */
public interface AccountLanguage {

  /** The account's language, or empty when there is no such account. */
  Optional<Locale> of(UUID userId);

  /** Keeps {@code locale} (English or French) as the account's language. */
  void choose(UUID userId, Locale locale);
}
