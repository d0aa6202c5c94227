package com.otopair.base.ui;

import com.otopair.base.AccountLanguage;
import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.VisitorLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Opens each page in its visitor's language ({@link VisitorLanguage}) and keeps a change of it. */
@Component
class UiLanguage implements VaadinServiceInitListener {

  private final AccountLanguage accounts;
  private final VisitorLanguage visitors;

  UiLanguage(AccountLanguage accounts, VisitorLanguage visitors) {
    this.accounts = accounts;
    this.visitors = visitors;
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
    return visitors.of(VaadinServletRequest.getCurrent());
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
      var cookie = new Cookie(VisitorLanguage.COOKIE, I18n.tag(chosen));
      cookie.setPath("/");
      cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
      cookie.setHttpOnly(true);
      response.addCookie(cookie);
    }
    ui.setLocale(chosen);
    ui.getPage().reload();
  }
}
