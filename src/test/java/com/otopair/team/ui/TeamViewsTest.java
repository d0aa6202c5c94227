package com.otopair.team.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import com.otopair.support.KaribuTest;
import com.otopair.support.TestMail;
import com.otopair.team.InvitationStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeamViewsTest extends KaribuTest {

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void anOwnerInvitesAMechanicWhoRegistersFromTheLinkAndJoins() {
    String newcomer = "recruit-" + tag + "@example.test";
    signInAs(DemoAccounts.SHOP_OWNERS.get(2).email());
    navigate("team");
    TeamView team = _get(TeamView.class);

    _setValue(team.email, "not-an-email");
    _click(team.invite);
    _expectInvalid(team.email, "Enter an email address like name@example.com");

    _setValue(team.email, newcomer);
    _click(team.invite);
    assertThat(_size(team.invitations)).isGreaterThanOrEqualTo(1);
    assertThat(_get(team.invitations, 0).email()).isEqualTo(newcomer);
    assertThat(_get(team.invitations, 0).status()).isEqualTo(InvitationStatus.PENDING);

    String link = TestMail.awaitLink(newcomer, "invitation", 0);
    org.springframework.security.core.context.SecurityContextHolder.clearContext();
    navigate("invitation?token=" + link.substring(link.indexOf("token=") + 6));
    InvitationView invitation = _get(InvitationView.class);
    assertThat(_get(H1.class).getText()).isEqualTo("Join Eastside Auto Repair");
    _setValue(invitation.name, "Rae Recruit");
    _setValue(invitation.password, "short");
    _click(_get(Button.class, spec -> spec.withId("join-team")));
    _expectInvalid(invitation.password, "Use at least 12 characters");

    _setValue(invitation.password, "a long enough passphrase");
    _click(_get(Button.class, spec -> spec.withId("join-team")));
    assertThat(_get(H1.class).getText()).isEqualTo("Welcome to Eastside Auto Repair");

    navigate("shops/eastside-auto");
    assertThat(
            _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("shop-mechanics"))
                .getElement()
                .getTextRecursively())
        .contains("Rae Recruit");
  }

  @Test
  void aBrokenInvitationLinkSaysWhatHappened() {
    navigate("invitation?token=nonsense");
    assertThat(_get(H1.class).getText()).isEqualTo("This invitation didn't work");
  }
}
