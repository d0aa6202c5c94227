package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.identity.AccountEmailRequested;
import com.otopair.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new address has no account of its own yet: the mail that confirms it is still written in the
 * language of the account that asked for it.
 */
class AccountMailsLanguageTest extends IntegrationTest {

  @Autowired AccountMails accountMails;

  @Test
  void aNewAddressIsAskedToConfirmInItsHoldersLanguage() {
    String nobodysYet = "new-" + UUID.randomUUID() + "@example.test";
    OutgoingMail french =
        accountMails.render(
            new AccountEmailRequested(
                AccountEmailRequested.Kind.CONFIRM_NEW_EMAIL,
                nobodysYet,
                "Camille Roy",
                "http://otopair.test/verify?token=t",
                "fr"));
    assertThat(french.subject())
        .isEqualTo(I18n.t(I18n.FRENCH, "notifications.mail.confirm-new-email.subject"));
    assertThat(french.subject())
        .isNotEqualTo(I18n.t(I18n.ENGLISH, "notifications.mail.confirm-new-email.subject"));

    OutgoingMail stored =
        accountMails.render(
            new AccountEmailRequested(
                AccountEmailRequested.Kind.CONFIRM_NEW_EMAIL,
                nobodysYet,
                "Camille Roy",
                "http://otopair.test/verify?token=t",
                null));
    assertThat(stored.subject())
        .isEqualTo(I18n.t(I18n.ENGLISH, "notifications.mail.confirm-new-email.subject"));
  }
}
