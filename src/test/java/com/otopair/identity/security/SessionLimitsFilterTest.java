package com.otopair.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserDirectory;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The session limits, request by request, as the app's chain runs them with a moved clock: idle
 * ends a session, so does the absolute limit however active it is, Vaadin's heartbeat and push are
 * not activity, "keep me signed in" skips both, and a session that signed in before an admin ended
 * the user's sessions is expired.
 */
class SessionLimitsFilterTest extends IntegrationTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Autowired SessionLimits limits;
  @Autowired ActiveSessions sessions;
  @Autowired UserProvisioning users;
  @Autowired UserDirectory directory;
  @Autowired UserDetailsService userDetails;
  @Autowired ApplicationEventPublisher events;
  @Autowired SessionRegistry registry;

  SessionLimitsFilter filter;
  String email;
  UUID userId;
  MockHttpSession session;
  @Nullable Cookie rememberMe;

  @BeforeEach
  void aCustomerSignedIn() {
    filter = new SessionLimitsFilter(limits, sessions);
    email = "limits-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    userId = users.createVerifiedUser(email, "Lim Its", Roles.CUSTOMER, "a long passphrase");
    session = new MockHttpSession();
    rememberMe = null;
  }

  @AfterEach
  void forgetTheRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  /** Signs in with the login form, with or without "keep me signed in". */
  private void signIn(boolean keepMeSignedIn) {
    UserDetails user = userDetails.loadUserByUsername(email);
    var login = new MockHttpServletRequest("POST", "/login");
    login.setSession(session);
    if (keepMeSignedIn) {
      login.setParameter("remember-me", "on");
      rememberMe = new Cookie("remember-me", "a-cookie");
    }
    signedIn(
        login,
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  private void signedIn(HttpServletRequest request, Authentication authentication) {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
    RequestContextHolder.resetRequestAttributes();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
  }

  /** One request of the signed-in browser; {@code vaadin} is Vaadin's request type, or a page. */
  private MockHttpServletRequest request(String path, @Nullable String vaadin) throws Exception {
    var request = new MockHttpServletRequest("GET", path);
    if (vaadin != null) {
      request.setMethod("POST");
      request.setQueryString("v-r=" + vaadin + "&v-uiId=0");
    }
    request.setSession(session);
    if (rememberMe != null) {
      request.setCookies(rememberMe);
    }
    return request;
  }

  private MockFilterChain run(MockHttpServletRequest request) throws Exception {
    var chain = new MockFilterChain();
    filter.doFilter(request, new MockHttpServletResponse(), chain);
    return chain;
  }

  private MockFilterChain uidl() throws Exception {
    return run(request("/", "uidl"));
  }

  private boolean signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return !session.isInvalid() && authentication != null;
  }

  private static @Nullable Object reasonLeftFor(MockHttpServletRequest request) {
    HttpSession next = request.getSession(false);
    return next == null ? null : next.getAttribute(SignOutReason.ATTRIBUTE);
  }

  @Test
  void thirtyMinutesWithoutActivityEndTheSessionAndTheLoginPageLearnsWhy() throws Exception {
    signIn(false);
    uidl();
    clock.advance(Duration.ofMinutes(29));
    uidl();
    clock.advance(Duration.ofMinutes(29));
    assertThat(signedIn()).isTrue();

    clock.advance(Duration.ofMinutes(2));
    MockHttpServletRequest late = request("/", "uidl");
    MockFilterChain chain = run(late);

    assertThat(session.isInvalid()).isTrue();
    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    assertThat(chain.getRequest()).as("Vaadin answers: session expired").isNotNull();
    assertThat(reasonLeftFor(late)).isEqualTo(SignOutReason.IDLE);
  }

  @Test
  void heartbeatsAndPushAreNotActivity() throws Exception {
    signIn(false);
    uidl();
    for (int i = 0; i < 31; i++) {
      clock.advance(MINUTE);
      run(request("/", i % 2 == 0 ? "heartbeat" : "push"));
    }
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void twelveHoursAfterSigningInTheSessionEndsHoweverActive() throws Exception {
    signIn(false);
    for (int i = 0; i < 12 * 3 - 1; i++) {
      clock.advance(Duration.ofMinutes(20));
      uidl();
    }
    assertThat(signedIn()).as("11 hours 40 minutes in").isTrue();

    clock.advance(Duration.ofMinutes(21));
    MockHttpServletRequest late = request("/", "uidl");
    run(late);

    assertThat(session.isInvalid()).isTrue();
    assertThat(reasonLeftFor(late)).isEqualTo(SignOutReason.ABSOLUTE);
  }

  @Test
  void keepMeSignedInSkipsBothLimitsWhileItsCookieIsSent() throws Exception {
    signIn(true);
    uidl();
    clock.advance(Duration.ofHours(13));
    uidl();
    assertThat(signedIn()).isTrue();

    // The same session without its cookie (the browser dropped it) has the limits again.
    rememberMe = null;
    clock.advance(Duration.ofMinutes(31));
    uidl();
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void aRememberMeCookieAddedToASessionThatDidNotChooseItChangesNothing() throws Exception {
    signIn(false);
    uidl();
    rememberMe = new Cookie("remember-me", "forged");
    clock.advance(Duration.ofMinutes(31));
    uidl();
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void aSignInByTheRememberMeCookieIsRemembered() throws Exception {
    UserDetails user = userDetails.loadUserByUsername(email);
    rememberMe = new Cookie("remember-me", "a-cookie");
    var request = request("/", null);
    signedIn(request, new RememberMeAuthenticationToken("key", user, user.getAuthorities()));
    clock.advance(Duration.ofHours(2));
    uidl();
    assertThat(signedIn()).isTrue();
  }

  @Test
  void theWarningsStatusIsNotActivityAndSaysWhatIsLeft() throws Exception {
    signIn(false);
    uidl();
    clock.advance(Duration.ofMinutes(28));
    var response = new MockHttpServletResponse();
    var chain = new MockFilterChain();
    filter.doFilter(request("/session/status", null), response, chain);

    assertThat(chain.getRequest()).as("answered by the filter").isNull();
    assertThat(response.getContentType()).startsWith("application/json");
    long idleLeft =
        Long.parseLong(response.getContentAsString().replaceAll(".*\"idleLeft\":(\\d+).*", "$1"));
    assertThat(idleLeft).isBetween(MINUTE.toMillis(), 2 * MINUTE.toMillis());

    clock.advance(Duration.ofMinutes(3));
    response = new MockHttpServletResponse();
    filter.doFilter(request("/session/status", null), response, new MockFilterChain());
    assertThat(response.getContentAsString()).isEqualTo("{\"signedIn\":false,\"reason\":\"idle\"}");
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void aSessionSignedInBeforeAnAdminEndedTheUsersSessionsIsExpired() throws Exception {
    signIn(false);
    uidl();
    // Registered as form login registers it: the concurrent-session filter then signs it out.
    registry.registerNewSession(session.getId(), userDetails.loadUserByUsername(email));
    Authentication me = SecurityContextHolder.getContext().getAuthentication();

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    directory.changeRole(userId, Roles.MECHANIC);
    SecurityContextHolder.getContext().setAuthentication(me);

    run(request("/profile", null));
    assertThat(registry.getSessionInformation(session.getId()).isExpired()).isTrue();
  }

  @Test
  void anEndedSessionThisNodeDoesNotKnowIsSignedOutAndItsCookieHidden() throws Exception {
    signIn(true);
    uidl();
    Authentication me = SecurityContextHolder.getContext().getAuthentication();
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    directory.changeRole(userId, Roles.MECHANIC);
    SecurityContextHolder.getContext().setAuthentication(me);

    var response = new MockHttpServletResponse();
    var chain = new MockFilterChain();
    filter.doFilter(request("/profile", null), response, chain);

    assertThat(session.isInvalid()).isTrue();
    assertThat(((HttpServletRequest) chain.getRequest()).getCookies()).isEmpty();
    assertThat(response.getCookie("remember-me").getMaxAge()).isZero();
  }
}
