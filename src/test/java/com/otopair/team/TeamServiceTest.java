package com.otopair.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopService;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class TeamServiceTest extends IntegrationTest {

  @Autowired TeamService team;
  @Autowired ShopService shops;
  @Autowired ShopMembership membership;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired AuthenticationManager authentication;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private String owner;
  private UUID shop;

  private String person(String name, String role) {
    String email = name + "-" + tag + "@example.test";
    users.createVerifiedUser(email, name + " Person", role, "a long enough passphrase");
    return email;
  }

  @BeforeEach
  void aShopWithAnOwner() {
    owner = person("owner", Roles.SHOP_OWNER);
    SignIn.as(userDetails, owner);
    shop =
        shops.submit(
            new ShopDraft(
                "Team Garage " + tag,
                "team-" + tag,
                "1 Main St",
                "Austin",
                "TX",
                "78701",
                "US",
                "512 555 0100",
                "America/Chicago",
                "",
                null,
                null,
                List.of(
                    new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)))));
  }

  private String invite(String email, int nth) {
    SignIn.as(userDetails, owner);
    team.invite(shop, email);
    String link = TestMail.awaitLink(email, "invitation", nth);
    return link.substring(link.indexOf("token=") + 6);
  }

  private ShopDetails shopAsOwner() {
    SignIn.as(userDetails, owner);
    return shops.ownShop(shop);
  }

  @Test
  void anExistingCustomerAcceptsAndJoinsAsAMechanicOnce() {
    String customer = person("cust", Roles.CUSTOMER);
    String token = invite(customer, 0);
    assertThat(team.invitations(shop))
        .extracting(InvitationSummary::status)
        .containsExactly(InvitationStatus.PENDING);

    SignIn.as(userDetails, customer);
    assertThat(team.preview(token).shopName()).isEqualTo("Team Garage " + tag);
    team.accept(token);

    assertThat(shopAsOwner().mechanics())
        .extracting(ShopDetails.Member::name)
        .containsExactly("cust Person");
    assertThat(userDetails.loadUserByUsername(customer).getAuthorities())
        .extracting(Object::toString)
        .contains("ROLE_MECHANIC");
    assertThat(team.invitations(shop))
        .extracting(InvitationSummary::status)
        .containsExactly(InvitationStatus.ACCEPTED);
    SignIn.as(userDetails, customer);
    assertThatThrownBy(() -> team.accept(token)).hasMessageContaining("already been answered");
  }

  @Test
  void aTokenForAnotherAddressChangesNothing() {
    String invited = person("invited", Roles.CUSTOMER);
    String token = invite(invited, 0);
    SignIn.as(userDetails, person("intruder", Roles.CUSTOMER));
    assertThatThrownBy(() -> team.accept(token))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("This invitation is for " + invited);
    assertThat(shopAsOwner().mechanics()).isEmpty();
    assertThat(team.invitations(shop))
        .extracting(InvitationSummary::status)
        .containsExactly(InvitationStatus.PENDING);
  }

  @Test
  void anExpiredInvitationIsRefusedUntilResentWithANewLink() {
    String invited = person("late", Roles.CUSTOMER);
    String old = invite(invited, 0);
    clock.advance(Duration.ofDays(8));
    assertThatThrownBy(() -> team.preview(old)).hasMessageContaining("expired");
    SignIn.as(userDetails, owner);
    assertThat(team.invitations(shop))
        .extracting(InvitationSummary::status)
        .containsExactly(InvitationStatus.EXPIRED);

    UUID id = team.invitations(shop).getFirst().id();
    team.resend(id);
    String fresh = TestMail.awaitLink(invited, "invitation", 1);
    fresh = fresh.substring(fresh.indexOf("token=") + 6);
    assertThatThrownBy(() -> team.preview(old)).hasMessageContaining("isn’t valid");
    assertThat(team.preview(fresh).email()).isEqualTo(invited);
  }

  @Test
  void aRevokedInvitationSaysSoAndADeclinedOneIsRecorded() {
    String first = person("revoked", Roles.CUSTOMER);
    String revokedToken = invite(first, 0);
    team.revoke(team.invitations(shop).getFirst().id());
    assertThatThrownBy(() -> team.preview(revokedToken)).hasMessageContaining("withdrew");

    String second = person("decliner", Roles.CUSTOMER);
    String declineToken = invite(second, 0);
    SignIn.as(userDetails, second);
    team.decline(declineToken);
    SignIn.as(userDetails, owner);
    assertThat(team.invitations(shop))
        .extracting(InvitationSummary::status)
        .containsExactlyInAnyOrder(InvitationStatus.REVOKED, InvitationStatus.DECLINED);
    assertThat(shopAsOwner().mechanics()).isEmpty();
  }

  @Test
  void someoneNewRegistersFromTheLinkAndCanSignInAsAMechanic() {
    String newcomer = "newcomer-" + tag + "@example.test";
    String token = invite(newcomer, 0);
    SignIn.as(userDetails, owner);
    SecurityContextHolder.clearContext();
    assertThat(team.preview(token).accountExists()).isFalse();

    team.joinAsNewMechanic(token, "Nina Newcomer", "a long enough passphrase");

    var signedIn =
        authentication.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated(
                newcomer, "a long enough passphrase"));
    assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_MECHANIC");
    assertThat(shopAsOwner().mechanics())
        .extracting(ShopDetails.Member::name)
        .containsExactly("Nina Newcomer");
  }

  @Test
  void anotherOwnerCannotInviteToOrSeeThisShopsTeam() {
    invite(person("x", Roles.CUSTOMER), 0);
    SignIn.as(userDetails, person("rival", Roles.SHOP_OWNER));
    assertThatThrownBy(() -> team.invite(shop, "someone-" + tag + "@example.test"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> team.invitations(shop)).isInstanceOf(InvalidRequestException.class);
    SignIn.as(userDetails, owner);
    UUID id = team.invitations(shop).getFirst().id();
    SignIn.as(userDetails, person("rival2", Roles.SHOP_OWNER));
    assertThatThrownBy(() -> team.revoke(id)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> team.resend(id)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> membership.removeMechanic(shop, UUID.randomUUID()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("We couldn’t find that shop");
    SignIn.as(userDetails, owner);
    assertThat(team.invitations(shop))
        .extracting(InvitationSummary::status)
        .containsExactly(InvitationStatus.PENDING);
  }

  @Test
  void theOwnerRemovesAMechanicAndAMechanicCanLeave() {
    String first = person("m1", Roles.CUSTOMER);
    String second = person("m2", Roles.CUSTOMER);
    String t1 = invite(first, 0);
    String t2 = invite(second, 0);
    SignIn.as(userDetails, first);
    team.accept(t1);
    SignIn.as(userDetails, second);
    team.accept(t2);

    ShopDetails before = shopAsOwner();
    assertThat(before.mechanics()).hasSize(2);
    UUID firstId =
        before.mechanics().stream()
            .filter(m -> m.name().equals("m1 Person"))
            .findFirst()
            .orElseThrow()
            .userId();
    membership.removeMechanic(shop, firstId);

    SignIn.as(userDetails, second);
    membership.leave(shop);
    assertThat(shopAsOwner().mechanics()).isEmpty();
  }

  @Test
  void invitingSomeoneAlreadyOnTheTeamIsRefused() {
    String member = person("member", Roles.CUSTOMER);
    String token = invite(member, 0);
    SignIn.as(userDetails, member);
    team.accept(token);
    SignIn.as(userDetails, owner);
    assertThatThrownBy(() -> team.invite(shop, member.toUpperCase()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            r -> assertThat(r.getMessage()).isEqualTo(member + " is already on this team"));
  }
}
