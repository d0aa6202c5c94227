package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileViewTest extends KaribuTest {

  @Autowired UserProvisioning provisioning;

  private ProfileView view;

  @BeforeEach
  void open() {
    String email = "profile-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
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
  void aWrongCurrentPasswordIsShownNextToIt() {
    _setValue(view.currentPassword, "not my password at all");
    _setValue(view.newPassword, "a brand new passphrase");
    _click(_get(Button.class, spec -> spec.withId("change-password")));
    _expectInvalid(view.currentPassword, "That isn't your current password");
  }
}
