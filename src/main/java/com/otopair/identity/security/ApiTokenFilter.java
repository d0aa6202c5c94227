package com.otopair.identity.security;

import com.otopair.base.I18n;
import com.otopair.base.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer otp_...}: a known, live token of
 * an active user acts as that user for this request only (nothing is kept in a session). A bad
 * token is answered 401 at once; a call without one goes on anonymously, and the chain's rules
 * decide. Not a bean, so that it runs in the API chain only.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

  static final String BEARER = "Bearer ";

  private final ApiTokenAuthenticator authenticator;

  ApiTokenFilter(ApiTokenAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    switch (authenticator.authenticate(header.substring(BEARER.length()).trim())) {
      case ApiTokenAuthenticator.Outcome.Authenticated(OtopairUserDetails user) -> {
        // Read at request time: Vaadin installs its own strategy after this filter is made.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        var context = contexts.createEmptyContext();
        context.setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
          chain.doFilter(request, response);
        } finally {
          contexts.clearContext();
        }
      }
      case ApiTokenAuthenticator.Outcome.Refused(String reason) -> {
        response.setHeader(
            HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Otopair\", error=\"invalid_token\"");
        Problems.write(response, HttpStatus.UNAUTHORIZED, I18n.t(reason));
      }
    }
  }
}
