package com.otopair.identity.security;

import com.otopair.base.I18n;
import com.otopair.base.RateLimits;
import com.otopair.base.web.ApiPaths;
import com.otopair.base.web.Problems;
import com.otopair.identity.ApiCaller;
import com.otopair.identity.ApiTokenScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer otp_...}: a known, live token of
 * an active user acts as that user for this request only (nothing is kept in a session). A bad
 * token is answered 401 at once; a call without one goes on anonymously, and the chain's rules
 * decide. A token works only in its own scope: an operations token only under {@value
 * ApiTokenScope#OPS_PATH}, any other token everywhere else; the wrong one is answered 403 at once,
 * saying which token the call needs. A token makes a limited number of calls a minute (reads and
 * writes apart), and an address that sends too many bad tokens is answered 429 instead of 401 for a
 * while ({@link ApiThrottle}); both with {@code Retry-After}. Not a bean, so that it runs in the
 * API chain only.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

  static final String BEARER = "Bearer ";

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final ApiTokenAuthenticator authenticator;
  private final ApiThrottle throttle;

  ApiTokenFilter(ApiTokenAuthenticator authenticator, ApiThrottle throttle) {
    this.authenticator = authenticator;
    this.throttle = throttle;
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
    Optional<Instant> barred = throttle.barred(request);
    if (barred.isPresent()) {
      ApiThrottle.tooMany(
          response, throttle.secondsUntil(barred.get()), "base.api.too-many-refused");
      return;
    }
    switch (authenticator.authenticate(header.substring(BEARER.length()).trim())) {
      case ApiTokenAuthenticator.Outcome.Authenticated(
              OtopairUserDetails user,
              ApiCaller caller) -> {
        String wrongScope = wrongScope(request, caller.scope());
        if (wrongScope != null) {
          Problems.write(response, HttpStatus.FORBIDDEN, I18n.t(wrongScope));
          return;
        }
        Optional<RateLimits.Refusal> tooMany = throttle.call(caller.tokenId(), request);
        if (tooMany.isPresent()) {
          ApiThrottle.tooMany(response, tooMany.get().retryAfterSeconds(), "base.api.too-many");
          return;
        }
        // Read at request time: Vaadin installs its own strategy after this filter is made.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        var context = contexts.createEmptyContext();
        var authentication =
            UsernamePasswordAuthenticationToken.authenticated(
                user, null, authorities(user, caller));
        authentication.setDetails(caller);
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
          chain.doFilter(request, response);
        } finally {
          contexts.clearContext();
        }
      }
      case ApiTokenAuthenticator.Outcome.Refused(String reason) -> {
        Optional<RateLimits.Refusal> tooMany = throttle.refusedToken(request);
        if (tooMany.isPresent()) {
          ApiThrottle.tooMany(
              response, tooMany.get().retryAfterSeconds(), "base.api.too-many-refused");
          return;
        }
        response.setHeader(
            HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Otopair\", error=\"invalid_token\"");
        Problems.write(response, HttpStatus.UNAUTHORIZED, I18n.t(reason));
      }
    }
  }

  /** Why a token of {@code scope} may not make this call (a key of the bundles), if it may not. */
  private static @Nullable String wrongScope(HttpServletRequest request, ApiTokenScope scope) {
    String path = PATHS.getPathWithinApplication(request);
    if (!ApiPaths.isApi(path) || ApiTokenScope.of(path) == scope) {
      return null;
    }
    return scope == ApiTokenScope.OPS
        ? "identity.api.token.ops-only"
        : "identity.api.ops.needs-ops-token";
  }

  private static List<GrantedAuthority> authorities(OtopairUserDetails user, ApiCaller caller) {
    List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
    if (caller.scope() == ApiTokenScope.OPS) {
      authorities.add(new SimpleGrantedAuthority(ApiTokenScope.OPS_AUTHORITY));
    }
    return authorities;
  }
}
