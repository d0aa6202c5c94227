package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.identity.security.SessionLimits;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The warning before a timeout on every signed-in page: there without "keep me signed in", not with
 * it; "Stay signed in" keeps the session; before the 12-hour limit it says so, without "Stay". And
 * the login page that follows a timeout says why.
 */
class IdleWarningTest extends KaribuTest {

  @Autowired UserProvisioning provisioning;
  @Autowired UserDetailsService userDetails;
  @Autowired SessionLimits limits;

  private String email;

  @BeforeEach
  void aCustomer() {
    email = "idle-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    provisioning.createVerifiedUser(email, "Ida Idle", Roles.CUSTOMER, "a long enough passphrase");
  }

  private static HttpServletRequest request() {
    return VaadinServletRequest.getCurrent().getHttpServletRequest();
  }

  private static Instant idleEndsAt(SessionLimits limits) {
    return limits.deadlines(request(), request().getSession(false)).orElseThrow().idleEndsAt();
  }

  @Test
  void withoutKeepMeSignedInEverySignedInPageCarriesTheWarning() {
    signInAs(email);
    navigate("profile");

    IdleWarning.Warning warning = _get(IdleWarning.Warning.class);
    assertThat(warning.stay.isVisible()).isTrue();
    assertThat(warning.stay.getText()).isEqualTo("Stay signed in");
    assertThat(warning.signOut.getText()).isEqualTo("Sign out");
    assertThat(_get(warning, Paragraph.class).getText()).startsWith("You’ll be signed out at ");
    assertThat(warning.deadlines().idleEndsAt())
        .isBetween(
            clock.instant().plus(Duration.ofMinutes(29)),
            clock.instant().plus(Duration.ofMinutes(30)));
  }

  @Test
  void withKeepMeSignedInThereIsNoWarning() {
    UserDetails user = userDetails.loadUserByUsername(email);
    var remembered = new RememberMeAuthenticationToken("key", user, user.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(remembered);
    SecurityContextHolder.setContext(context);
    var fake = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    fake.setUserPrincipalInt(remembered);
    fake.setUserInRole(
        (principal, role) ->
            remembered.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals));
    UI.getCurrent().getPage().reload();
    navigate("profile");

    _assertNone(IdleWarning.Warning.class);
  }

  @Test
  void stayKeepsTheSessionForAnotherHalfHour() {
    signInAs(email);
    navigate("profile");
    clock.advance(Duration.ofMinutes(29));
    assertThat(idleEndsAt(limits)).isBefore(clock.instant().plus(Duration.ofMinutes(2)));

    IdleWarning.Warning warning = _get(IdleWarning.Warning.class);
    _click(warning.stay);

    Instant later = clock.instant().plus(Duration.ofMinutes(29));
    assertThat(idleEndsAt(limits)).isAfter(later);
    assertThat(warning.deadlines().idleEndsAt()).isAfter(later);
  }

  @Test
  void nearTheTwelveHourLimitTheWarningSaysSoWithoutStay() {
    signInAs(email);
    navigate("profile");
    clock.advance(Duration.ofHours(11).plusMinutes(50));
    limits.stay(request().getSession(false)); // active all along
    UI.getCurrent().getPage().reload();
    navigate("profile");

    IdleWarning.Warning warning = _get(IdleWarning.Warning.class);
    assertThat(warning.stay.isVisible()).isFalse();
    assertThat(_get(warning, Paragraph.class).getText())
        .startsWith("You’ll be signed out at ")
        .endsWith(": a session lasts 12 hours at most. Save your work, then sign in again.");
    assertThat(warning.deadlines().absoluteFirst()).isTrue();
  }

  @Test
  void theLoginPageSaysWhyAfterAnIdleTimeoutInBothLanguages() {
    navigate("login?idle");
    assertThat(i18nOf(_get(LoginForm.class)))
        .contains("You were signed out after 30 minutes without activity.");

    navigate("signup");
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("login?idle");
    assertThat(i18nOf(_get(LoginForm.class)))
        .contains("Votre session a pris fin après 30 minutes sans activité.");
  }

  private static String i18nOf(LoginForm login) {
    return String.valueOf(login.getElement().getPropertyRaw("i18n"));
  }
}
