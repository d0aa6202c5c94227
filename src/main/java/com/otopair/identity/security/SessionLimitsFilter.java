package com.otopair.identity.security;

import com.otopair.identity.domain.User;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Applies {@link SessionLimits} to every signed-in request of the app's chain, before Spring
 * Security's concurrent-session and remember-me filters:
 *
 * <ul>
 *   <li>a session that signed in before an admin ended the user's sessions (on any node) is
 *       expired, and the concurrent-session filter signs it out to {@code login?ended};
 *   <li>without "keep me signed in", a session idle too long or signed in too long ago is ended,
 *       and its successor remembers why for the login page ({@link SignOutReason});
 *   <li>otherwise the request counts as the person's activity, unless it is Vaadin's heartbeat or
 *       push connection, or the idle warning asking {@value #STATUS_PATH}.
 * </ul>
 *
 * A remember-me cookie issued before the user's sessions were ended signs nobody in: it is hidden
 * from the remember-me filter and cancelled. Static resources pass untouched. Not a bean, so that
 * it runs in the app's chain only.
 */
final class SessionLimitsFilter extends OncePerRequestFilter {

  /** Answers the idle warning with the session's time left, as JSON; never counts as activity. */
  static final String STATUS_PATH = "/session/status";

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private static final List<String> STATIC_PREFIXES =
      List.of("/VAADIN/", "/themes/", "/icons/", "/images/", "/media/", "/frontend/");
  private static final List<String> STATIC_FILES =
      List.of(
          "/favicon.ico",
          "/robots.txt",
          "/sw.js",
          "/sw-runtime-resources-precache.js",
          "/manifest.webmanifest",
          "/offline.html");

  private final SessionLimits limits;
  private final ActiveSessions sessions;

  SessionLimitsFilter(SessionLimits limits, ActiveSessions sessions) {
    this.limits = limits;
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = PATHS.getPathWithinApplication(request);
    if (isStatic(path)) {
      chain.doFilter(request, response);
      return;
    }
    boolean status = STATUS_PATH.equals(path);
    SecurityContextHolderStrategy contexts = limits.contexts();
    Authentication authentication = contexts.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (session == null
        || authentication == null
        || !(authentication.getPrincipal() instanceof OtopairUserDetails user)) {
      if (status) {
        writeSignedOut(response, SignOutReason.of(session).orElse(null));
        return;
      }
      chain.doFilter(withoutStaleRememberMe(request, response), response);
      return;
    }
    String vaadinRequest = vaadinRequestType(request);
    boolean pageLoad = vaadinRequest == null && !status;
    switch (limits.check(request, session, user, authentication, status || pageLoad)) {
      case ENDED -> {
        if (!sessions.expire(session.getId())) {
          // Not in this node's registry: sign it out here, and let no cookie sign it back in.
          signOut(request, contexts, SignOutReason.ENDED);
          cancelRememberMe(request, response);
          request = hideRememberMe(request);
        }
        if (status) {
          writeSignedOut(response, SignOutReason.ENDED);
          return;
        }
      }
      case IDLE -> {
        signOut(request, contexts, SignOutReason.IDLE);
        request = withoutStaleRememberMe(request, response);
        if (status) {
          writeSignedOut(response, SignOutReason.IDLE);
          return;
        }
      }
      case ABSOLUTE -> {
        signOut(request, contexts, SignOutReason.ABSOLUTE);
        request = withoutStaleRememberMe(request, response);
        if (status) {
          writeSignedOut(response, SignOutReason.ABSOLUTE);
          return;
        }
      }
      case ALIVE -> {
        if (status) {
          writeAlive(request, response, session);
          return;
        }
        if (!"heartbeat".equals(vaadinRequest) && !"push".equals(vaadinRequest)) {
          limits.touch(request, session);
        }
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isStatic(String path) {
    return STATIC_FILES.contains(path) || STATIC_PREFIXES.stream().anyMatch(path::startsWith);
  }

  /**
   * Vaadin's request type from the query string ({@code v-r=uidl}, {@code heartbeat}, {@code
   * push}), or null for a page; read without touching a form body.
   */
  static @Nullable String vaadinRequestType(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("v-r=")) {
        return pair.substring("v-r=".length());
      }
    }
    return null;
  }

  /**
   * Ends the session (Vaadin then answers "session expired" to its page, which reloads to the login
   * page) and starts an empty one that tells the login page why.
   */
  private static void signOut(
      HttpServletRequest request, SecurityContextHolderStrategy contexts, SignOutReason reason) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalidated) {
        // Another request of the same session ended it first.
      }
    }
    contexts.clearContext();
    request.getSession(true).setAttribute(SignOutReason.ATTRIBUTE, reason);
  }

  private void writeAlive(
      HttpServletRequest request, HttpServletResponse response, HttpSession session)
      throws IOException {
    Optional<SessionLimits.Deadlines> deadlines = limits.deadlines(request, session);
    if (deadlines.isEmpty()) {
      write(response, "{\"signedIn\":true}");
      return;
    }
    Instant now = limits.now();
    long idleLeft = Math.max(0, Duration.between(now, deadlines.get().idleEndsAt()).toMillis());
    long absoluteLeft =
        Math.max(0, Duration.between(now, deadlines.get().absoluteEndsAt()).toMillis());
    write(
        response,
        "{\"signedIn\":true,\"idleLeft\":" + idleLeft + ",\"absoluteLeft\":" + absoluteLeft + "}");
  }

  private static void writeSignedOut(HttpServletResponse response, @Nullable SignOutReason reason)
      throws IOException {
    write(
        response,
        reason == null
            ? "{\"signedIn\":false}"
            : "{\"signedIn\":false,\"reason\":\"" + reason.parameter() + "\"}");
  }

  private static void write(HttpServletResponse response, String json) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(json);
  }

  /**
   * The request, without its remember-me cookie when that cookie was issued before the user's
   * sessions were ended (then also cancelled): it would sign a suspended, demoted or deleted
   * session back in. The cookie says whose it is and when it expires; it was issued {@link
   * SecurityConfiguration#REMEMBER_ME_VALIDITY} before that.
   */
  private HttpServletRequest withoutStaleRememberMe(
      HttpServletRequest request, HttpServletResponse response) {
    Cookie cookie = SessionLimits.rememberMeCookie(request);
    if (cookie == null) {
      return request;
    }
    Optional<Issued> issued = Issued.of(cookie.getValue());
    if (issued.isEmpty()) {
      return request; // Not ours to judge: the remember-me filter refuses it.
    }
    Optional<Instant> ended = sessions.sessionsEndedAt(User.normalizeEmail(issued.get().email()));
    if (ended.isEmpty() || issued.get().at().isAfter(ended.get())) {
      return request;
    }
    cancelRememberMe(request, response);
    return hideRememberMe(request);
  }

  /** Who a remember-me cookie signs in, and when it was issued. */
  private record Issued(String email, Instant at) {

    static Optional<Issued> of(String value) {
      try {
        // Spring writes Base64 (its padding cut) of URL-encoded parts joined by colons.
        String padded = value + "=".repeat((4 - value.length() % 4) % 4);
        String[] parts =
            new String(Base64.getDecoder().decode(padded), StandardCharsets.UTF_8).split(":");
        if (parts.length < 3) {
          return Optional.empty();
        }
        Instant expires = Instant.ofEpochMilli(Long.parseLong(parts[1]));
        return Optional.of(
            new Issued(
                URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                expires.minus(SecurityConfiguration.REMEMBER_ME_VALIDITY)));
      } catch (IllegalArgumentException unreadable) {
        return Optional.empty();
      }
    }
  }

  private static void cancelRememberMe(HttpServletRequest request, HttpServletResponse response) {
    var cancel =
        new Cookie(AbstractRememberMeServices.SPRING_SECURITY_REMEMBER_ME_COOKIE_KEY, null);
    cancel.setMaxAge(0);
    String context = request.getContextPath();
    cancel.setPath(context.isEmpty() ? "/" : context);
    cancel.setSecure(request.isSecure());
    cancel.setHttpOnly(true);
    response.addCookie(cancel);
  }

  private static HttpServletRequest hideRememberMe(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public Cookie[] getCookies() {
        Cookie[] cookies = super.getCookies();
        return cookies == null
            ? null
            : Arrays.stream(cookies)
                .filter(
                    c ->
                        !AbstractRememberMeServices.SPRING_SECURITY_REMEMBER_ME_COOKIE_KEY.equals(
                            c.getName()))
                .toArray(Cookie[]::new);
      }
    };
  }
}
