package com.otopair.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.servlet.Session;
import org.springframework.boot.web.server.servlet.Session.SessionTrackingMode;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Cookies in production, read from the settings as Spring Boot resolves them for the {@code prod}
 * profile (no application started): the session cookie is {@code Secure}, {@code HttpOnly} and
 * {@code SameSite=Lax} and the only way a session is tracked, and the remember-me cookie is made
 * {@code Secure} too. Over HTTP, {@code SecurityHeadersServerIT} reads both cookies' flags.
 */
class BrowserCookiesTest {

  private static ConfigurableEnvironment settings(String... profiles) {
    var environment = new StandardEnvironment();
    ConfigDataEnvironmentPostProcessor.applyTo(
        environment, new DefaultResourceLoader(), new DefaultBootstrapContext(), List.of(profiles));
    return environment;
  }

  private static Session session(ConfigurableEnvironment settings) {
    return Binder.get(settings)
        .bind("server.servlet.session", Session.class)
        .orElseGet(Session::new);
  }

  @Test
  void inProductionTheSessionCookieIsSecureHttpOnlyLaxAndTheOnlyTracking() {
    var settings = settings("prod");
    Session session = session(settings);

    assertThat(session.getCookie().getSecure()).isTrue();
    assertThat(session.getCookie().getHttpOnly()).isTrue();
    // Lax, not Strict: coming back from Stripe Checkout or an emailed link stays signed in.
    assertThat(session.getCookie().getSameSite()).isEqualTo(SameSite.LAX);
    assertThat(session.getTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    assertThat(settings.getProperty("otopair.security.hsts", Boolean.class)).isTrue();
  }

  @Test
  void inProductionTheRememberMeCookieIsSecureToo() {
    var settings = settings("prod");

    assertThat(
            new BrowserCookies(
                    settings.getProperty("server.servlet.session.cookie.secure", Boolean.class))
                .rememberMeAlwaysSecure())
        .isTrue();
  }

  @Test
  void elsewhereCookiesFollowTheRequestsSchemeAndHstsIsOff() {
    var settings = settings();

    assertThat(
            new BrowserCookies(
                    settings.getProperty(
                        "server.servlet.session.cookie.secure", Boolean.class, false))
                .rememberMeAlwaysSecure())
        .isFalse();
    assertThat(session(settings).getCookie().getSecure()).isNull();
    assertThat(settings.getProperty("otopair.security.hsts", Boolean.class)).isFalse();
  }

  @Test
  void theRememberMeCookieIsLaxWhateverTheProfile() {
    var supplier = new BrowserCookies(false).rememberMeSameSite();

    assertThat(
            supplier.getSameSite(new jakarta.servlet.http.Cookie(BrowserCookies.REMEMBER_ME, "x")))
        .isEqualTo(SameSite.LAX);
    assertThat(supplier.getSameSite(new jakarta.servlet.http.Cookie("XSRF-TOKEN", "x"))).isNull();
  }
}
