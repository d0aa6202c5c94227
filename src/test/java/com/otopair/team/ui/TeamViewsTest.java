package com.otopair.team.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.TestMail;
import com.otopair.team.InvitationStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

class TeamViewsTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired JdbcTemplate jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void anOwnerInvitesAMechanicWhoRegistersFromTheLinkAndJoins() {
    String newcomer = "recruit-" + tag + "@example.test";
    var shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    var page = jdbc.queryForMap("select name, slug from shops where id = ?", shop.shopId());
    signInAs(shop.ownerEmail());
    navigate("team");
    TeamView team = _get(TeamView.class);

    _setValue(team.email, "not-an-email");
    _click(team.invite);
    _expectInvalid(team.email, "Enter an email address like name@example.com");

    _setValue(team.email, newcomer);
    _click(team.invite);
    assertThat(_size(team.invitations)).isOne();
    assertThat(_get(team.invitations, 0).email()).isEqualTo(newcomer);
    assertThat(_get(team.invitations, 0).status()).isEqualTo(InvitationStatus.PENDING);

    String link = TestMail.awaitLink(newcomer, "invitation", 0);
    SecurityContextHolder.clearContext();
    navigate("invitation?token=" + link.substring(link.indexOf("token=") + 6));
    InvitationView invitation = _get(InvitationView.class);
    assertThat(_get(H1.class).getText()).isEqualTo("Join " + page.get("name"));
    _setValue(invitation.name, "Rae Recruit");
    _setValue(invitation.password, "short");
    _click(_get(Button.class, spec -> spec.withId("join-team")));
    _expectInvalid(invitation.password, "Use at least 12 characters");

    _setValue(invitation.password, "a long enough passphrase");
    _click(_get(Button.class, spec -> spec.withId("join-team")));
    assertThat(_get(H1.class).getText()).isEqualTo("Welcome to " + page.get("name"));

    navigate("shops/" + page.get("slug"));
    assertThat(
            _get(Div.class, spec -> spec.withId("shop-mechanics"))
                .getElement()
                .getTextRecursively())
        .contains("Rae Recruit");
  }

  @Test
  void aBrokenInvitationLinkSaysWhatHappened() {
    navigate("invitation?token=nonsense");
    assertThat(_get(H1.class).getText()).isEqualTo("This invitation didn’t work");
  }
}
