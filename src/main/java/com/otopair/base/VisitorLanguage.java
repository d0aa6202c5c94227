package com.otopair.base;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which language a visitor reads a page in: a signed-in user's account language; otherwise the one
 * chosen on a public page of this browser (the {@link #COOKIE}); otherwise the browser's own,
 * French for any French and English for anything else. Vaadin's pages and the error page ask the
 * same way.
 */
@Component
public class VisitorLanguage {

  /** The cookie that keeps a language chosen on a public page: "en" or "fr". */
  public static final String COOKIE = "otopair-language";

  private final AccountLanguage accounts;

  VisitorLanguage(AccountLanguage accounts) {
    this.accounts = accounts;
  }

  /** The language of the request's visitor; English without a request. */
  public Locale of(@Nullable HttpServletRequest request) {
    return CurrentUser.get()
        .flatMap(user -> accounts.of(user.id()))
        .or(() -> cookie(request))
        .orElseGet(() -> browser(request));
  }

  /** The first of the browser's languages that Otopair speaks ("de, fr;q=0.8" reads French). */
  private static Locale browser(@Nullable HttpServletRequest request) {
    if (request == null) {
      return I18n.ENGLISH;
    }
    return Collections.list(request.getLocales()).stream()
        .filter(
            locale ->
                I18n.LOCALES.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage())))
        .findFirst()
        .map(I18n::supported)
        .orElse(I18n.ENGLISH);
  }

  private static Optional<Locale> cookie(@Nullable HttpServletRequest request) {
    Cookie[] cookies = request == null ? null : request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(cookie -> COOKIE.equals(cookie.getName()))
            .map(cookie -> I18n.ofTag(cookie.getValue()))
            .findFirst();
  }
}
