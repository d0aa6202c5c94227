package com.otopair.base.ui;

import com.otopair.base.AccountLanguage;
import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which language a page opens in: a signed-in user's account language; otherwise the one chosen on
 * a public page of this browser (a cookie); otherwise the browser's own, French for any French and
 * English for anything else.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

  static final String COOKIE = "otopair-language";

  private final AccountLanguage accounts;

  UiLanguage(AccountLanguage accounts) {
    this.accounts = accounts;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> {
              Locale locale = chosen();
              init.getUI().setLocale(locale);
              // Screen readers and the browser's hyphenation read the page in its language.
              init.getUI()
                  .getPage()
                  .executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
            });
  }

  private Locale chosen() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return CurrentUser.get()
        .flatMap(user -> accounts.of(user.id()))
        .or(() -> cookie(request))
        .orElseGet(() -> browser(request));
  }

  /** The first of the browser's languages that Otopair speaks ("de, fr;q=0.8" reads French). */
  private static Locale browser(VaadinRequest request) {
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

  private static Optional<Locale> cookie(VaadinRequest request) {
    Cookie[] cookies = request == null ? null : request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(cookie -> COOKIE.equals(cookie.getName()))
            .map(cookie -> I18n.ofTag(cookie.getValue()))
            .findFirst();
  }

  /**
   * Switches the page to {@code locale} and keeps it: on the account when someone is signed in, and
   * in this browser's cookie for the public pages. The page reloads, every word in the new
   * language.
   */
  void choose(UI ui, Locale locale) {
    Locale chosen = I18n.supported(locale);
    CurrentUser.get().ifPresent(user -> accounts.choose(user.id(), chosen));
    VaadinResponse response = VaadinResponse.getCurrent();
    if (response != null) {
      var cookie = new Cookie(COOKIE, I18n.tag(chosen));
      cookie.setPath("/");
      cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
      cookie.setHttpOnly(true);
      response.addCookie(cookie);
    }
    ui.setLocale(chosen);
    ui.getPage().reload();
  }
}
