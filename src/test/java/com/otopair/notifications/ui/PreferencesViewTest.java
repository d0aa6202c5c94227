package com.otopair.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.notifications.NotificationPreferences;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The email preferences page: choices saved and shown again; only for signed-in users. */
class PreferencesViewTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired NotificationPreferences preferences;

  @Test
  void turningRemindersOffIsSavedAndShownWhenThePageOpensAgain() {
    String email = "prefs-view-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    UUID id = users.createVerifiedUser(email, "Vic View", Roles.CUSTOMER, "a long passphrase");
    signInAs(email);
    navigate("preferences");
    PreferencesView view = _get(PreferencesView.class);
    assertThat(view.reminders.getValue()).isTrue();
    assertThat(view.marketing.getValue()).isTrue();
    assertThat(
            _get(
                view,
                Paragraph.class,
                spec ->
                    spec.withText(
                        "Booking confirmations, receipts and security emails (like password resets) always arrive, whatever you choose here.")))
        .isNotNull();

    _setValue(view.reminders, false);
    _click(view.save);
    expectNotifications("Your email preferences are saved");

    navigate("home");
    navigate("preferences");
    PreferencesView reopened = _get(PreferencesView.class);
    assertThat(reopened.reminders.getValue()).isFalse();
    assertThat(reopened.marketing.getValue()).isTrue();
    assertThat(preferences.wantsReminders(id)).isFalse();
    assertThat(preferences.wantsMarketing(id)).isTrue();
  }

  @Test
  void anonymousVisitorsAreSentToSignIn() {
    navigate("preferences");
    assertThat(currentView()).isEqualTo("LoginView");
  }
}
