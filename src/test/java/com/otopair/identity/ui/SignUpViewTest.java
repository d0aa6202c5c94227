package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SignUpViewTest extends KaribuTest {

  private static final String CONTROL_CHARACTER =
      "This text contains a control character; remove it";

  @Autowired JdbcTemplate jdbc;

  private SignUpForm form;

  @BeforeEach
  void open() {
    navigate("signup");
    form = _get(SignUpForm.class);
  }

  private void fill(String name, String email, String password) {
    _setValue(form.name, name);
    _setValue(form.email, email);
    _setValue(form.password, password);
    _click(form.submit);
  }

  @Test
  void malformedEmailIsShownNextToTheField() {
    fill("Pat Driver", "pat@", "a long enough passphrase");
    _expectInvalid(form.email, "Enter an email address like name@example.com");
    _assertNone(CheckYourInbox.class);
  }

  @Test
  void weakPasswordIsShownNextToTheField() {
    fill("Pat Driver", "pat-" + UUID.randomUUID() + "@example.test", "tooshort");
    _expectInvalid(form.password, "Use at least 12 characters");
  }

  @Test
  void takenEmailIsShownNextToTheField() {
    fill("Pat Driver", DemoAccounts.CUSTOMER.email(), "a long enough passphrase");
    _expectInvalid(
        form.email, "An account already uses this email. Sign in, or reset your password.");
  }

  @Test
  void aControlCharacterIsShownNextToItsFieldAndMakesNoAccount() {
    String email = "pat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    fill("Pat\u0000 Driver", email, "a long enough passphrase");
    _expectInvalid(form.name, CONTROL_CHARACTER);
    _assertNone(CheckYourInbox.class);

    // The email field's own pattern refuses it first, in the words of the service.
    fill("Pat Driver", email + "\u0000", "a long enough passphrase");
    _expectInvalid(form.email, "Enter an email address like name@example.com");
    _assertNone(CheckYourInbox.class);
    assertThat(form.name.isInvalid()).isFalse();
  }

  @Test
  void successAsksToConfirmTheEmail() {
    String email = "pat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    fill("Pat Driver", email, "a long enough passphrase");
    _assertNone(SignUpForm.class);
    String notice = _get(CheckYourInbox.class).getElement().getTextRecursively();
    assertThat(notice).contains("We sent a confirmation link to " + email);
    // With SMTP configured there is no dev mailbox to point to.
    assertThat(notice).doesNotContain("dev mailbox");
  }

  @Test
  void anAccountCreatedOnAFrenchPageKeepsFrench() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    String email = "pat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    fill("Pat Driver", email, "a long enough passphrase");
    assertThat(
            jdbc.queryForObject("select language from users where email = ?", String.class, email))
        .isEqualTo("fr");
  }
}
