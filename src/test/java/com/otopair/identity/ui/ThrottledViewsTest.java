package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.RateLimits;
import com.otopair.base.RateLimits.Limit;
import com.otopair.identity.security.SignInThrottledException;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.WebAttributes;

/** What a person sees when a rate limit stops them: the refusal and when to try again. */
class ThrottledViewsTest extends KaribuTest {

  @Autowired RateLimits limits;

  @Test
  void theLoginPageSaysSignInIsPausedAndForHowLong() {
    throttledSignIn(Duration.ofMinutes(3));
    navigate("login?error");

    LoginForm login = _get(LoginForm.class);
    assertThat(login.isError()).isTrue();
    assertThat(i18nOf(login))
        .contains("\"title\":\"Sign-in paused\"")
        .contains("Too many tries in a short time. Try again in 3 min");
  }

  @Test
  void theLoginPageSaysItInFrenchToo() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    throttledSignIn(Duration.ofMinutes(12));
    navigate("login?error");

    assertThat(i18nOf(_get(LoginForm.class)))
        .contains("\"title\":\"Connexion en pause\"")
        .contains("Trop d’essais en peu de temps. Réessayez dans 12 min");
  }

  @Test
  void theSignUpFormRefusesNextToTheEmailUntilTheTimeIsUp() {
    String address = VaadinServletRequest.getCurrent().getRemoteAddr();
    for (int i = 0; i < limits.rate(Limit.SIGN_UP_ADDRESS).capacity(); i++) {
      limits.take(Limit.SIGN_UP_ADDRESS, address);
    }
    navigate("signup");
    SignUpForm form = _get(SignUpForm.class);
    String email = "paced-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    fill(form, email);
    _expectInvalid(form.email, "Too many tries in a short time. Try again in 12 min.");
    _assertNone(CheckYourInbox.class);

    clock.advance(Duration.ofMinutes(12));
    fill(form, email);
    _get(CheckYourInbox.class);
  }

  private void throttledSignIn(Duration wait) {
    VaadinSession.getCurrent()
        .getSession()
        .setAttribute(
            WebAttributes.AUTHENTICATION_EXCEPTION,
            new SignInThrottledException(clock.instant().plus(wait), wait));
  }

  private static void fill(SignUpForm form, String email) {
    _setValue(form.name, "Pat Paced");
    _setValue(form.email, email);
    _setValue(form.password, "a long enough passphrase");
    _click(form.submit);
  }

  private static String i18nOf(LoginForm login) {
    return String.valueOf(login.getElement().getPropertyRaw("i18n"));
  }
}
