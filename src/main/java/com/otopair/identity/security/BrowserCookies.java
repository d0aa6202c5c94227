package com.otopair.identity.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.RememberMeConfigurer;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;

/**
 * The "keep me signed in" cookie follows the session cookie ({@code
 * server.servlet.session.cookie.*}, set for production in {@code application-prod.properties}):
 * {@code Secure} where that is, {@code HttpOnly} always, and {@code SameSite=Lax}, not {@code
 * Strict}, so that coming back from Stripe's Checkout or from a link in an email (a navigation from
 * another site) still finds the person signed in.
 */
@Configuration(proxyBeanMethods = false)
class BrowserCookies {

  static final String REMEMBER_ME =
      AbstractRememberMeServices.SPRING_SECURITY_REMEMBER_ME_COOKIE_KEY;

  private final boolean secure;

  BrowserCookies(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
    this.secure = secure;
  }

  /**
   * {@code Secure} where the session cookie is; elsewhere Spring Security marks it so on HTTPS
   * requests only, as Tomcat does the session cookie.
   */
  void rememberMe(RememberMeConfigurer<HttpSecurity> rememberMe) {
    if (rememberMeAlwaysSecure()) {
      rememberMe.useSecureCookie(true);
    }
  }

  /** Whether the remember-me cookie is {@code Secure} on every request, not on HTTPS ones only. */
  boolean rememberMeAlwaysSecure() {
    return secure;
  }

  /** Spring Security writes the cookie itself; Tomcat adds its {@code SameSite}. */
  @Bean
  CookieSameSiteSupplier rememberMeSameSite() {
    return CookieSameSiteSupplier.ofLax().whenHasName(REMEMBER_ME);
  }
}
