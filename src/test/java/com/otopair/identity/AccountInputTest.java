package com.otopair.identity;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.audit.AuditLog;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.AuditTrail;
import com.otopair.support.ControlCharacters;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * What the account services take from people: a control character in a name, an email address, a
 * phone number or a token name is refused next to its field and nothing is stored; at sign-in and
 * in a reset request it is simply an address nobody has.
 */
class AccountInputTest extends IntegrationTest {

  private static final String PASSWORD = "a long enough passphrase";
  private static final String MESSAGE = ControlCharacters.MESSAGE;

  @Autowired AccountService accounts;
  @Autowired ApiTokens tokens;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired AuthenticationManager authentication;
  @Autowired AuditLog audit;
  @Autowired JdbcTemplate jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private String email(String who) {
    return who + "-" + tag + "@example.test";
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  @Test
  void controlCharactersInASignUpAreRefusedNextToTheirFieldAndMakeNoAccount() {
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(
          () ->
              accounts.signUp(
                  new SignUp("Pat" + control, email("signup"), PASSWORD, Roles.CUSTOMER)),
          "name",
          MESSAGE);
      assertRefusedAt(
          () ->
              accounts.signUp(
                  new SignUp("Pat", email("signup") + control, PASSWORD, Roles.CUSTOMER)),
          "email",
          MESSAGE);
      assertRefusedAt(
          () ->
              accounts.signUp(
                  new SignUp("Pat", control + email("signup"), PASSWORD, Roles.CUSTOMER)),
          "email",
          MESSAGE);
      assertRefusedAt(
          () ->
              users.createVerifiedUser(
                  email("provisioned"), "Pat" + control, Roles.MECHANIC, PASSWORD),
          "name",
          MESSAGE);
    }
    assertThat(count("select count(*) from users where email like ?", "%-" + tag + "@example.test"))
        .isZero();
  }

  @Test
  void controlCharactersInTheProfileOrATokenNameAreRefusedNextToTheirField() {
    String me = email("profile");
    users.createVerifiedUser(me, "Pat Profile", Roles.CUSTOMER, PASSWORD);
    SignIn.as(userDetails, me);
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(() -> accounts.updateProfile("Pat" + control, null), "name", MESSAGE);
      assertRefusedAt(
          () -> accounts.updateProfile("Pat", "+1 514 555 0123" + control), "phone", MESSAGE);
      assertRefusedAt(
          () -> accounts.requestEmailChange(email("new") + control, PASSWORD), "newEmail", MESSAGE);
      assertRefusedAt(() -> tokens.issue("Fleet" + control + "app"), "tokenName", MESSAGE);
    }
    assertThat(
            jdbc.queryForMap("select display_name, phone from users where email = ?", me).values())
        .containsExactly("Pat Profile", null);
    assertThat(
            count(
                "select count(*) from api_tokens t join users u on u.id = t.user_id"
                    + " where u.email = ?",
                me))
        .isZero();
    assertThat(
            count(
                "select count(*) from email_tokens t join users u on u.id = t.user_id"
                    + " where u.email = ? and t.purpose = 'CHANGE_EMAIL'",
                me))
        .isZero();
  }

  @Test
  void aPhoneNumberEndingInAControlCharacterIsNotAPhoneNumber() {
    for (String control : ControlCharacters.ALL) {
      assertThat(AccountRules.phoneProblem("+1 514 555 0123" + control)).isNotNull();
      assertThat(AccountRules.emailProblem("pat@example.test" + control)).isNotNull();
    }
    assertThat(AccountRules.phoneProblem(" +1 514 555 0123 ")).isNull();
  }

  @Test
  void aControlCharacterInASignInIsAnUnknownAddressAndIsAuditedAsTyped() {
    String me = email("login");
    users.createVerifiedUser(me, "Lee Login", Roles.CUSTOMER, PASSWORD);
    for (String control : ControlCharacters.ALL) {
      for (String typed : new String[] {me + control, control + me, "lo" + control + me}) {
        assertThatThrownBy(
                () ->
                    authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(typed, PASSWORD)))
            .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> userDetails.loadUserByUsername(typed))
            .isInstanceOf(UsernameNotFoundException.class);
      }
    }
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    assertThat(AuditTrail.await(audit, "lo\uFFFD" + me, AccountAction.LOGIN_FAILED)).isNotEmpty();
  }

  @Test
  void aResetRequestForAnAddressWithAControlCharacterSendsNothing() {
    String me = email("reset");
    users.createVerifiedUser(me, "Rita Reset", Roles.CUSTOMER, PASSWORD);
    for (String control : ControlCharacters.ALL) {
      assertThatCode(() -> accounts.requestPasswordReset(me + control)).doesNotThrowAnyException();
      assertThatCode(() -> accounts.requestPasswordReset("re" + control + me))
          .doesNotThrowAnyException();
    }
    assertThat(
            count(
                "select count(*) from email_tokens t join users u on u.id = t.user_id"
                    + " where u.email = ? and t.purpose = 'RESET_PASSWORD'",
                me))
        .isZero();
  }
}
