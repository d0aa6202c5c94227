package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.notifications.NotificationPreferences.Preferences;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Which optional emails a user gets: everything until they choose, then what they chose. */
class PreferencesTest extends IntegrationTest {

  @Autowired NotificationPreferences preferences;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;

  @Test
  void aNewUserGetsRemindersAndNews() {
    String email = newUser();
    UUID id = idOf(email);
    SignIn.as(userDetails, email);
    assertThat(preferences.mine()).isEqualTo(new Preferences(true, true));
    assertThat(preferences.wantsReminders(id)).isTrue();
    assertThat(preferences.wantsMarketing(id)).isTrue();
  }

  @Test
  void aChangeIsKeptAndLeavesOtherUsersAlone() {
    String me = newUser();
    String other = newUser();
    SignIn.as(userDetails, me);
    assertThat(preferences.change(false, true)).isEqualTo(new Preferences(false, true));

    assertThat(preferences.mine()).isEqualTo(new Preferences(false, true));
    assertThat(preferences.wantsReminders(idOf(me))).isFalse();
    assertThat(preferences.wantsMarketing(idOf(me))).isTrue();
    assertThat(preferences.wantsReminders(idOf(other))).isTrue();
    SignIn.as(userDetails, other);
    assertThat(preferences.mine()).isEqualTo(new Preferences(true, true));

    SignIn.as(userDetails, me);
    preferences.change(true, false);
    assertThat(preferences.wantsReminders(idOf(me))).isTrue();
    assertThat(preferences.wantsMarketing(idOf(me))).isFalse();
    assertThat(preferences.wantsMarketing(idOf(other))).isTrue();
  }

  @Test
  void nobodySignedInHasNoPreferencesToReadOrChange() {
    assertThatThrownBy(() -> preferences.mine()).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> preferences.change(false, false))
        .isInstanceOf(AuthenticationException.class);
  }

  private final Map<String, UUID> ids = new HashMap<>();

  private String newUser() {
    String email = "prefs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    ids.put(
        email, users.createVerifiedUser(email, "Pat Prefs", Roles.CUSTOMER, "a long passphrase"));
    return email;
  }

  private UUID idOf(String email) {
    return ids.get(email);
  }
}
