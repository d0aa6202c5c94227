package com.otopair.team;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopService;
import com.otopair.support.ControlCharacters;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the team services take from people: a control character in an invited address, a new
 * mechanic's name or a mechanic's profile is refused next to its field, and nothing is stored.
 */
class TeamInputTest extends IntegrationTest {

  private static final String MESSAGE = ControlCharacters.MESSAGE;
  private static final String PASSWORD = "a long enough passphrase";

  @Autowired TeamService team;
  @Autowired MechanicProfiles profiles;
  @Autowired ShopService shops;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private String person(String name, String role) {
    String email = name + "-" + tag + "@example.test";
    users.createVerifiedUser(email, name + " Person", role, PASSWORD);
    return email;
  }

  private UUID shopOf(String owner) {
    SignIn.as(userDetails, owner);
    return shops.submit(
        new ShopDraft(
            "Input Garage " + tag,
            "input-" + tag,
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
            List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)))));
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  @Test
  void controlCharactersInAnInvitationOrANewMechanicsNameAreRefusedNextToTheirField() {
    UUID shop = shopOf(person("owner", Roles.SHOP_OWNER));
    String newcomer = "newcomer-" + tag + "@example.test";
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(() -> team.invite(shop, newcomer + control), "email", MESSAGE);
      assertRefusedAt(() -> team.invite(shop, "new" + control + newcomer), "email", MESSAGE);
    }
    assertThat(count("select count(*) from invitations where shop_id = ?", shop)).isZero();

    team.invite(shop, newcomer);
    String link = TestMail.awaitLink(newcomer, "invitation", 0);
    String token = link.substring(link.indexOf("token=") + 6);
    SignIn.as(userDetails, person("bystander", Roles.CUSTOMER));
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(
          () -> team.joinAsNewMechanic(token, "Max" + control + " Newcomer", PASSWORD),
          "name",
          MESSAGE);
    }
    assertThat(count("select count(*) from users where email = ?", newcomer)).isZero();
    assertThat(
            jdbc.queryForObject(
                "select status from invitations where shop_id = ?", String.class, shop))
        .isEqualTo("PENDING");
  }

  @Test
  void controlCharactersInAMechanicsProfileAreRefusedNextToTheirField() {
    SignIn.as(userDetails, person("mechanic", Roles.MECHANIC));
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(() -> profiles.save("Brakes" + control, 5, 30, Set.of(), ""), "bio", MESSAGE);
      assertRefusedAt(
          () -> profiles.save("", 5, 30, Set.of(), "Subaru, Por" + control + "sche"),
          "tags",
          MESSAGE);
    }
    assertThat(
            count(
                "select count(*) from mechanic_profiles where user_id = ?",
                profiles.mine().userId()))
        .isZero();

    profiles.save("Brakes.\n\tAnd tyres.", 5, 30, Set.of(), "Subaru");
    assertThat(profiles.mine().bio()).isEqualTo("Brakes.\n\tAnd tyres.");
  }
}
