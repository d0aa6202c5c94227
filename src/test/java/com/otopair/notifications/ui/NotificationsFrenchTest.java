package com.otopair.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.I18n;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.notifications.Inbox;
import com.otopair.notifications.InboxFixtures;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notification pages in French: the inbox of a French-speaking customer, the preferences, an
 * admin's mail previews in either language, and the inbox's refusal read in French.
 */
class NotificationsFrenchTest extends KaribuTest {

  @Autowired Inbox inbox;
  @Autowired UserProvisioning users;
  @Autowired AccountLanguages languages;

  private UUID frenchCustomer() {
    String email = "francais-" + UUID.randomUUID() + "@example.test";
    UUID me = users.createVerifiedUser(email, "Inès Boivin", Roles.CUSTOMER, "a passphrase!");
    languages.choose(me, I18n.FRENCH);
    signInAs(email);
    UI.getCurrent().setLocale(I18n.FRENCH);
    return me;
  }

  @Test
  void aFrenchCustomersNotificationsPageReadsFrench() {
    frenchCustomer();
    navigate("notifications");

    NotificationsView view = _get(NotificationsView.class);
    assertThat(view.markAll.getText()).isEqualTo("Tout marquer comme lu");
    assertThat(view.empty.getText()).isEqualTo("Vous êtes à jour.");
    assertThat(view.more.getText()).isEqualTo("Afficher plus");
    assertThat(textOf(UI.getCurrent())).doesNotContain("!notifications.", "Mark all", "caught up");
  }

  @Test
  void aNotificationSaysWhenInFrench() {
    UUID me = frenchCustomer();
    InboxFixtures.notify(inbox, me, "Réservé", "Vidange", "bookings");
    navigate("notifications");

    assertThat(textOf(UI.getCurrent()))
        .contains("Réservé", "à l’instant")
        .doesNotContain("just now");
  }

  @Test
  void thePreferencesReadFrench() {
    frenchCustomer();
    navigate("preferences");

    assertThat(textOf(UI.getCurrent()))
        .contains("Préférences de courriel")
        .doesNotContain("!notifications.");
  }

  @Test
  void anAdminPreviewsEachMailInFrench() {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/mail-preview");
    MailPreviewView view = _get(MailPreviewView.class);

    _setValue(view.language, I18n.FRENCH);
    _setValue(view.template, "booking-rescheduled");

    // The page is the admin's (English); the mail is French.
    assertThat(view.subject.getText()).startsWith("Subject: Déplacé\u00a0: Oil change chez");
    assertThat(view.text.getText()).contains("Votre réservation est déplacée", "Préférences");
    _setValue(view.language, I18n.ENGLISH);
    assertThat(view.subject.getText()).startsWith("Subject: Moved: Oil change at");
  }

  @Test
  void theInboxRefusesInFrench() {
    frenchCustomer();

    assertThatThrownBy(() -> I18n.in(I18n.FRENCH, () -> inboxMarkRead(UUID.randomUUID())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Cette notification n’existe pas");
  }

  private Void inboxMarkRead(UUID id) {
    inbox.markRead(id);
    return null;
  }
}
