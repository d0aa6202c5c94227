package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.TestMail;
import com.otopair.team.InvitationSent;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invitation goes to an address with no account yet: it is written in the inviter's language.
 */
class TeamMailsTest extends IntegrationTest {

  @Autowired TeamMails teamMails;
  @Autowired UserProvisioning users;
  @Autowired AccountLanguages languages;
  @Autowired TransactionTemplate transactions;

  private MimeMessage invite(String inviterLanguage) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    UUID inviter =
        users.createVerifiedUser(
            "inviter-" + id + "@example.test", "Marc Gagnon", Roles.SHOP_OWNER, "a passphrase!");
    languages.choose(inviter, I18n.ofTag(inviterLanguage));
    String to = "invited-" + id + "@example.test";
    var invitation =
        new InvitationSent(
            to,
            "Atelier Rosemont",
            "Marc Gagnon",
            "http://otopair.test/invitation?token=" + id,
            inviter);
    TeamMails listener = ListenerRuns.target(teamMails);
    transactions.executeWithoutResult(status -> listener.on(invitation));
    return TestMail.receivedBy(to).getFirst();
  }

  @Test
  void aFrenchOwnersInvitationIsWrittenInFrench() {
    MimeMessage mail = invite("fr");

    assertThat(TestMail.subject(mail))
        .isEqualTo("Marc Gagnon vous invite à joindre Atelier Rosemont sur Otopair");
    assertThat(TestMail.text(mail))
        .contains("Bonjour,", "comme mécanicien", "Voir l’invitation\u00a0: http://otopair.test/")
        .doesNotContain("Hello");
  }

  @Test
  void anEnglishOwnersInvitationIsWrittenInEnglish() {
    MimeMessage mail = invite("en");

    assertThat(TestMail.subject(mail))
        .isEqualTo("Marc Gagnon invites you to join Atelier Rosemont on Otopair");
    assertThat(TestMail.text(mail)).contains("Hello,", "See the invitation: http://otopair.test/");
  }
}
