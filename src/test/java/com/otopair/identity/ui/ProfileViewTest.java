package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProfileViewTest extends KaribuTest {

  @Autowired UserProvisioning provisioning;
  @Autowired JdbcTemplate jdbc;

  private String email;
  private ProfileView view;

  @BeforeEach
  void open() {
    email = "profile-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    provisioning.createVerifiedUser(
        email, "Pia Profile", Roles.CUSTOMER, "a long enough passphrase");
    signInAs(email);
    navigate("profile");
    view = _get(ProfileView.class);
  }

  @Test
  void aMalformedPhoneIsShownNextToThePhoneField() {
    _setValue(view.phone, "call me maybe");
    _click(_get(Button.class, spec -> spec.withId("save-details")));
    _expectInvalid(view.phone, "Enter a phone number like +1 512 555 0100");
  }

  @Test
  void savedDetailsAreThereWhenThePageOpensAgain() {
    _setValue(view.name, "Pia P. Profile");
    _setValue(view.phone, "+1 514 555 0199");
    _click(_get(Button.class, spec -> spec.withId("save-details")));
    expectNotifications("Your details are saved");

    navigate("home");
    navigate("profile");
    ProfileView reopened = _get(ProfileView.class);
    assertThat(reopened.name.getValue()).isEqualTo("Pia P. Profile");
    assertThat(reopened.phone.getValue()).isEqualTo("+1 514 555 0199");
  }

  @Test
  void anEmptyNameAndABadPhoneAreBothMarkedAtOnceAndNothingIsSaved() {
    _setValue(view.name, "");
    _setValue(view.phone, "call me maybe");
    _click(_get(Button.class, spec -> spec.withId("save-details")));

    _expectInvalid(view.name, "Enter your name");
    _expectInvalid(view.phone, "Enter a phone number like +1 512 555 0100");
    navigate("home");
    navigate("profile");
    assertThat(_get(ProfileView.class).name.getValue()).isEqualTo("Pia Profile");
  }

  @Test
  void aMissingCurrentPasswordAndAShortNewOneAreBothMarkedAtOnce() {
    _setValue(view.newPassword, "short");
    _click(_get(Button.class, spec -> spec.withId("change-password")));

    _expectInvalid(view.currentPassword, "Enter your current password");
    _expectInvalid(view.newPassword, "Use at least 12 characters");
  }

  @Test
  void aMalformedNewEmailAndAMissingPasswordAreBothMarkedAtOnce() {
    _setValue(view.newEmail, "not an address");
    _click(_get(Button.class, spec -> spec.withId("change-email")));

    _expectInvalid(view.newEmail, "Enter an email address like name@example.com");
    _expectInvalid(view.emailPassword, "Enter your current password");
  }

  @Test
  void aPasswordChangeThatPassesTheFormCanStillBeRefusedNextToItsField() {
    _setValue(view.currentPassword, "a long enough passphrase");
    _setValue(view.newPassword, "a brand new passphrase");
    _click(_get(Button.class, spec -> spec.withId("change-password")));
    expectNotifications("Your password is changed");
    assertThat(view.currentPassword.getValue()).isEmpty();
    assertThat(view.currentPassword.isInvalid()).isFalse();
  }

  @Test
  void aWrongCurrentPasswordIsShownNextToIt() {
    _setValue(view.currentPassword, "not my password at all");
    _setValue(view.newPassword, "a brand new passphrase");
    _click(_get(Button.class, spec -> spec.withId("change-password")));
    _expectInvalid(view.currentPassword, "That isn’t your current password");
  }

  @Test
  void aNewApiTokenIsShownOnceThenListedAndCanBeRevoked() {
    assertThat(_get(view.tokenList, Paragraph.class).getText()).isEqualTo("No tokens yet.");
    _setValue(view.tokenName, "Fleet app");
    _click(_get(Button.class, spec -> spec.withId("create-token")));

    TextField secret = _get(TextField.class, spec -> spec.withId("new-token-secret"));
    assertThat(secret.getValue()).startsWith("otp_");
    assertThat(secret.isReadOnly()).isTrue();
    _click(_get(Button.class, spec -> spec.withText("Done")));
    assertThat(_find(Dialog.class)).isEmpty();
    assertThat(
            _get(view.tokenList, Span.class, spec -> spec.withClasses("otopair-token-name"))
                .getText())
        .isEqualTo("Fleet app");
    assertThat(view.tokenList.getElement().getTextRecursively())
        .contains(secret.getValue().substring(0, 8) + "…")
        .contains("never used")
        .doesNotContain(secret.getValue());

    _click(_get(view.tokenList, Button.class, spec -> spec.withText("Revoke")));
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    expectNotifications("Fleet app is revoked");
    assertThat(_get(view.tokenList, Paragraph.class).getText()).isEqualTo("No tokens yet.");
  }

  @Test
  void aCustomerIsNotOfferedOperationsTokens() {
    assertThat(view.tokenScope.isVisible()).isFalse();
    assertThat(_find(RadioButtonGroup.class)).isEmpty();
    _setValue(view.tokenName, "Fleet app");
    _click(_get(Button.class, spec -> spec.withId("create-token")));

    assertThat(
            jdbc.queryForObject(
                "select t.scope from api_tokens t join users u on u.id = t.user_id"
                    + " where u.email = ?",
                String.class,
                email))
        .isEqualTo("CUSTOMER");
  }

  @Test
  void anAdminChoosesAnOperationsTokenAndSeesWhereItWorks() {
    String admin =
        "profile-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    provisioning.createVerifiedUser(admin, "Ada Admin", Roles.ADMIN, "a long enough passphrase");
    // A new page, as after signing in: the customer's page stays as it was built.
    openAs(admin);
    navigate("profile");
    ProfileView page = _get(ProfileView.class);

    @SuppressWarnings("unchecked")
    RadioButtonGroup<ApiTokenScope> scope =
        _get(RadioButtonGroup.class, spec -> spec.withId("token-scope"));
    assertThat(scope.getValue()).isEqualTo(ApiTokenScope.CUSTOMER);
    _setValue(page.tokenName, "Refund script");
    _setValue(scope, ApiTokenScope.OPS);
    _click(_get(Button.class, spec -> spec.withId("create-token")));

    assertThat(_get(Dialog.class).getElement().getTextRecursively())
        .contains("only for calls under /api/v1/ops");
    _click(_get(Button.class, spec -> spec.withText("Done")));
    assertThat(_get(page.tokenList, Badge.class).getText()).isEqualTo("Operations");
    assertThat(scope.getValue()).isEqualTo(ApiTokenScope.CUSTOMER);
    assertThat(
            jdbc.queryForObject(
                "select t.scope from api_tokens t join users u on u.id = t.user_id"
                    + " where u.email = ? and t.name = 'Refund script'",
                String.class,
                admin))
        .isEqualTo("OPS");
  }

  @Test
  void aTokenNeedsANameNextToTheField() {
    _click(_get(Button.class, spec -> spec.withId("create-token")));
    _expectInvalid(view.tokenName, "Name the token after what will use it");
  }

  @Test
  void theLanguageChosenIsKeptOnTheAccountAndThePageReloadsInIt() {
    @SuppressWarnings("unchecked")
    Select<Locale> language = _get(Select.class, spec -> spec.withId("profile-language"));
    assertThat(language.getValue()).isEqualTo(I18n.ENGLISH);
    assertThat(language.getItemLabelGenerator().apply(I18n.FRENCH)).isEqualTo("Français");

    _setValue(language, I18n.FRENCH);

    assertThat(
            jdbc.queryForObject("select language from users where email = ?", String.class, email))
        .isEqualTo("fr");
    assertThat(UI.getCurrent().getLocale()).isEqualTo(I18n.FRENCH);
  }
}
