package com.otopair.identity.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The limits of a signed-in session, kept in its HTTP session: when it signed in (and whether with
 * "keep me signed in"), when its person was last active, and when this node last read whether an
 * admin ended the user's sessions. {@link SessionLimitsFilter} applies them to every request; the
 * idle warning reads them.
 *
 * <p>Without "keep me signed in" a session ends after {@link SessionSettings#idle()} without
 * activity and {@link SessionSettings#absolute()} after signing in. With it, neither applies while
 * its cookie is sent (the cookie would sign the person back in anyway). Ending a user's sessions
 * ({@link ActiveSessions#endAllFor}) ends every session that signed in before it, on every node.
 */
@Component
public class SessionLimits {

  static final String START = SessionLimits.class.getName() + ".start";
  static final String ACTIVE_AT = SessionLimits.class.getName() + ".active";
  static final String CHECKED_AT = SessionLimits.class.getName() + ".checked";

  /** The request attribute that keeps a session's activity before this request touched it. */
  static final String ACTIVE_BEFORE = SessionLimits.class.getName() + ".active-before";

  private static final Set<String> YES = Set.of("true", "on", "yes", "1");

  /** How a session began: who signed in, when, and whether they chose to be remembered. */
  record Start(UUID userId, Instant at, boolean remembered) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** When a session ends if nothing else happens: idle, or at the absolute limit. */
  public record Deadlines(Instant idleEndsAt, Instant absoluteEndsAt) {

    /** Whether the absolute limit comes first (staying active does not help then). */
    public boolean absoluteFirst() {
      return !absoluteEndsAt.isAfter(idleEndsAt);
    }

    /** The earlier of the two. */
    public Instant first() {
      return absoluteFirst() ? absoluteEndsAt : idleEndsAt;
    }
  }

  /** What a request finds about its session. */
  enum Verdict {
    ALIVE,
    IDLE,
    ABSOLUTE,
    ENDED
  }

  private final SessionSettings settings;
  private final ActiveSessions sessions;
  private final Clock clock;
  private final ObjectProvider<SecurityContextHolderStrategy> strategies;

  SessionLimits(
      SessionSettings settings,
      ActiveSessions sessions,
      Clock clock,
      ObjectProvider<SecurityContextHolderStrategy> strategies) {
    this.settings = settings;
    this.sessions = sessions;
    this.clock = clock;
    this.strategies = strategies;
  }

  /**
   * This application's security contexts: the strategy Vaadin installs as a bean (read when asked,
   * as it is made after the security chains), else the JVM's.
   */
  SecurityContextHolderStrategy contexts() {
    return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
  }

  public SessionSettings settings() {
    return settings;
  }

  /** Notes a sign-in (the form's or a remember-me cookie's) in its session. */
  @EventListener
  void on(InteractiveAuthenticationSuccessEvent event) {
    Authentication authentication = event.getAuthentication();
    if (!(authentication.getPrincipal() instanceof OtopairUserDetails user)
        || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
      return;
    }
    HttpServletRequest request = web.getRequest();
    start(request.getSession(), user.id(), rememberMe(authentication, request));
  }

  private static boolean rememberMe(Authentication authentication, HttpServletRequest request) {
    if (authentication instanceof RememberMeAuthenticationToken) {
      return true;
    }
    String asked = request.getParameter(AbstractRememberMeServices.DEFAULT_PARAMETER);
    return asked != null && YES.contains(asked.trim().toLowerCase(Locale.ROOT));
  }

  private Start start(HttpSession session, UUID userId, boolean remembered) {
    Instant now = clock.instant();
    var start = new Start(userId, now, remembered);
    session.setAttribute(START, start);
    session.setAttribute(ACTIVE_AT, now);
    session.removeAttribute(CHECKED_AT);
    return start;
  }

  /**
   * The session's start; a session signed in some other way, or by another user before, starts now.
   */
  Start startOf(HttpSession session, UUID userId, @Nullable Authentication authentication) {
    if (session.getAttribute(START) instanceof Start start && start.userId().equals(userId)) {
      return start;
    }
    return start(session, userId, authentication instanceof RememberMeAuthenticationToken);
  }

  /**
   * Whether "keep me signed in" covers the session: chosen when signing in, and its cookie still
   * sent. A cookie alone (one an attacker added to a stolen session) does not.
   */
  static boolean remembered(Start start, HttpServletRequest request) {
    return start.remembered() && rememberMeCookie(request) != null;
  }

  static @Nullable Cookie rememberMeCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (AbstractRememberMeServices.SPRING_SECURITY_REMEMBER_ME_COOKIE_KEY.equals(
          cookie.getName())) {
        return cookie;
      }
    }
    return null;
  }

  /**
   * Decides what becomes of a signed-in request's session. An admin's end wins; then the idle and
   * absolute limits, unless remembered. {@code readEnded} says whether to read the end from the
   * database now; otherwise it is read at most every {@link SessionSettings#checkEvery()}.
   */
  Verdict check(
      HttpServletRequest request,
      HttpSession session,
      OtopairUserDetails user,
      Authentication authentication,
      boolean readEnded) {
    Instant now = clock.instant();
    Start start = startOf(session, user.id(), authentication);
    Instant checked = session.getAttribute(CHECKED_AT) instanceof Instant at ? at : null;
    if (readEnded || checked == null || !now.isBefore(checked.plus(settings.checkEvery()))) {
      Instant ended = sessions.sessionsEndedAt(user.id()).orElse(null);
      if (ended != null && !start.at().isAfter(ended)) {
        return Verdict.ENDED;
      }
      session.setAttribute(CHECKED_AT, now);
    }
    if (remembered(start, request)) {
      return Verdict.ALIVE;
    }
    if (now.isAfter(start.at().plus(settings.absolute()))) {
      return Verdict.ABSOLUTE;
    }
    if (now.isAfter(activeAt(session, start).plus(settings.idle()))) {
      return Verdict.IDLE;
    }
    return Verdict.ALIVE;
  }

  private static Instant activeAt(HttpSession session, Start start) {
    return session.getAttribute(ACTIVE_AT) instanceof Instant at ? at : start.at();
  }

  /** The person was active now (a request of their own), on this request. */
  void touch(HttpServletRequest request, HttpSession session) {
    if (session.getAttribute(ACTIVE_AT) instanceof Instant before) {
      request.setAttribute(ACTIVE_BEFORE, before);
    }
    session.setAttribute(ACTIVE_AT, clock.instant());
  }

  /**
   * Takes back this request's activity: it was the page polling on its own (a dashboard's figures),
   * not its person.
   */
  public void notActive(HttpServletRequest request, HttpSession session) {
    if (request.getAttribute(ACTIVE_BEFORE) instanceof Instant before) {
      session.setAttribute(ACTIVE_AT, before);
    }
  }

  /** "Stay signed in": the person is active now. */
  public void stay(HttpSession session) {
    session.setAttribute(ACTIVE_AT, clock.instant());
  }

  /**
   * When the signed-in session of this request ends unless its person does something, or empty when
   * no limit applies to it: nobody signed in, or "keep me signed in" (chosen, or its cookie sent:
   * the page then warns of nothing, and the cookie signs the person back in).
   */
  public Optional<Deadlines> deadlines(HttpServletRequest request, @Nullable HttpSession session) {
    Authentication authentication = contexts().getContext().getAuthentication();
    if (session == null
        || authentication == null
        || !(authentication.getPrincipal() instanceof OtopairUserDetails user)) {
      return Optional.empty();
    }
    Start start = startOf(session, user.id(), authentication);
    if (start.remembered() || rememberMeCookie(request) != null) {
      return Optional.empty();
    }
    return Optional.of(
        new Deadlines(
            activeAt(session, start).plus(settings.idle()), start.at().plus(settings.absolute())));
  }

  /** The time by the application's clock. */
  public Instant now() {
    return clock.instant();
  }
}
