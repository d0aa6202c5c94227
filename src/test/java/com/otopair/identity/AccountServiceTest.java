package com.otopair.identity;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

class AccountServiceTest extends IntegrationTest {

  private static final String PASSWORD = "a long enough passphrase";

  @Autowired AccountService accounts;
  @Autowired UserDetailsService userDetails;
  @Autowired AuthenticationManager authentication;

  private static String uniqueEmail() {
    return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  private String signUp(String email) {
    accounts.signUp(new SignUp("Pat Driver", email, PASSWORD, Roles.CUSTOMER));
    return email;
  }

  @Test
  void malformedEmailIsRefusedNextToTheEmailField() {
    assertRefusedAt(
        () -> accounts.signUp(new SignUp("Pat", "pat-at-example", PASSWORD, Roles.CUSTOMER)),
        "email",
        "Enter an email address like name@example.com");
  }

  @Test
  void passwordShorterThanTwelveCharactersIsRefused() {
    assertThatThrownBy(
        () -> accounts.signUp(new SignUp("Pat", uniqueEmail(), "short-pass1", Roles.CUSTOMER)),
        "password",
        "Use at least 12 characters");
  }

  @Test
  void secondSignUpWithTheSameEmailInAnyCaseIsRefused() {
    String email = signUp(uniqueEmail());
    assertRefusedAt(
        () ->
            accounts.signUp(
                new SignUp("Other", " " + email.toUpperCase() + " ", PASSWORD, Roles.CUSTOMER)),
        "email",
        "already uses this email");
  }

  @Test
  void signUpCannotChooseTheAdminRole() {
    assertThatThrownBy(
            () -> accounts.signUp(new SignUp("Eve", uniqueEmail(), PASSWORD, Roles.ADMIN)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void passwordsAreStoredHashedWithBcrypt() {
    String email = signUp(uniqueEmail());
    String stored = userDetails.loadUserByUsername(email).getPassword();
    assertThat(stored).startsWith("{bcrypt}").doesNotContain(PASSWORD);
  }

  @Test
  void theEmailedLinkVerifiesTheAccountOnce() {
    String email = signUp(uniqueEmail());
    String link = TestMail.awaitLink(email, "verify", 0);
    SignIn.as(userDetails, email);
    assertThat(accounts.isCurrentUserVerified()).isFalse();

    String token = link.substring(link.indexOf("token=") + 6);
    assertThat(accounts.verifyEmail(token)).isEqualTo(email);
    assertThat(accounts.isCurrentUserVerified()).isTrue();

    assertThatThrownBy(() -> accounts.verifyEmail(token))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("already been used");
  }

  @Test
  void anUnknownVerificationTokenChangesNothing() {
    assertThatThrownBy(() -> accounts.verifyEmail("not-a-real-token"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("isn’t valid");
  }

  @Test
  void resetLinkSetsANewPasswordAndWorksOnlyOnce() {
    String email = signUp(uniqueEmail());
    accounts.requestPasswordReset(email.toUpperCase());
    String token = token(TestMail.awaitLink(email, "reset-password", 0));

    accounts.resetPassword(token, "a brand new passphrase");
    assertThat(
            authentication
                .authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(
                        email, "a brand new passphrase"))
                .isAuthenticated())
        .isTrue();
    assertThatThrownBy(
            () ->
                authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)))
        .isInstanceOf(BadCredentialsException.class);

    assertThatThrownBy(() -> accounts.resetPassword(token, "yet another passphrase"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("already been used");
  }

  @Test
  void resetLinkExpiresAfterOneHour() {
    String email = signUp(uniqueEmail());
    accounts.requestPasswordReset(email);
    String token = token(TestMail.awaitLink(email, "reset-password", 0));

    clock.advance(Duration.ofMinutes(61));

    assertThatThrownBy(() -> accounts.resetPassword(token, "a brand new passphrase"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("expired");
    assertThat(
            authentication
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD))
                .isAuthenticated())
        .isTrue();
  }

  @Test
  void aNewerResetLinkRetiresTheOlderOne() {
    String email = signUp(uniqueEmail());
    accounts.requestPasswordReset(email);
    String first = token(TestMail.awaitLink(email, "reset-password", 0));
    accounts.requestPasswordReset(email);
    String second = token(TestMail.awaitLink(email, "reset-password", 1));

    assertThatThrownBy(() -> accounts.resetPassword(first, "a brand new passphrase"))
        .isInstanceOf(InvalidRequestException.class);
    accounts.resetPassword(second, "a brand new passphrase");
  }

  @Test
  void resetForAnUnknownEmailSaysNothingAndSendsNothing() {
    String email = uniqueEmail();
    accounts.requestPasswordReset(email);
    accounts.requestPasswordReset("not an email");
    // Give the outbox time to deliver anything it wrongly queued.
    Awaitility.await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(3))
        .until(() -> TestMail.receivedBy(email).isEmpty());
  }

  @Test
  void profileChangesAreSavedAndValidated() {
    String email = signUp(uniqueEmail());
    SignIn.as(userDetails, email);

    accounts.updateProfile("Pat Q. Driver", "+1 512 555 0100");
    Profile profile = accounts.profile();
    assertThat(profile.name()).isEqualTo("Pat Q. Driver");
    assertThat(profile.phone()).isEqualTo("+1 512 555 0100");

    assertThatThrownBy(() -> accounts.updateProfile("Pat", "call me maybe"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused -> assertThat(refused.field()).isEqualTo("phone"));
    assertThat(accounts.profile().phone()).isEqualTo("+1 512 555 0100");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() {
    String email = signUp(uniqueEmail());
    SignIn.as(userDetails, email);

    assertThatThrownBy(
            () -> accounts.changePassword("wrong current password", "a brand new passphrase"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused -> assertThat(refused.field()).isEqualTo("currentPassword"));
    accounts.changePassword(PASSWORD, "a brand new passphrase");
    assertThat(
            authentication
                .authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(
                        email, "a brand new passphrase"))
                .isAuthenticated())
        .isTrue();
  }

  @Test
  void emailChangeTakesEffectOnlyWhenTheNewAddressIsConfirmed() {
    String email = signUp(uniqueEmail());
    SignIn.as(userDetails, email);
    String newEmail = uniqueEmail();

    accounts.requestEmailChange(newEmail, PASSWORD);
    assertThat(accounts.profile().email()).isEqualTo(email);
    assertThat(accounts.profile().pendingEmail()).isEqualTo(newEmail);

    String token = token(TestMail.awaitLink(newEmail, "verify", 0));
    assertThat(accounts.verifyEmail(token)).isEqualTo(newEmail);
    assertThat(userDetails.loadUserByUsername(newEmail).getUsername()).isEqualTo(newEmail);
  }

  private static String token(String link) {
    return link.substring(link.indexOf("token=") + "token=".length());
  }
}
