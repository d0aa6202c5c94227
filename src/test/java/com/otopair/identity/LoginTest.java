package com.otopair.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Form login goes through this authentication manager; these are its rules. */
class LoginTest extends IntegrationTest {

  private static final String PASSWORD = "correct horse battery";

  @Autowired AuthenticationManager authentication;
  @Autowired UserProvisioning provisioning;
  @Autowired UserDirectory directory;
  @Autowired AuditLog audit;
  @Autowired UserDetailsService userDetails;

  private String newUser() {
    String email = "login-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    provisioning.createVerifiedUser(email, "Lee Login", Roles.CUSTOMER, PASSWORD);
    return email;
  }

  private void login(String email, String password) {
    authentication.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated(email, password));
  }

  @Test
  void rightPasswordSignsInAndIsAudited() {
    String email = newUser();
    login(email, PASSWORD);
    assertThat(auditOf(email, AccountAction.LOGIN_SUCCEEDED)).hasSize(1);
  }

  @Test
  void wrongPasswordIsRefusedAndAudited() {
    String email = newUser();
    assertThatThrownBy(() -> login(email, "not the password"))
        .isInstanceOf(BadCredentialsException.class);
    List<AuditRecord> failures = auditOf(email, AccountAction.LOGIN_FAILED);
    assertThat(failures)
        .singleElement()
        .satisfies(r -> assertThat(r.details()).contains("wrong email or password"));
  }

  @Test
  void unknownEmailFailsExactlyLikeAWrongPassword() {
    assertThatThrownBy(() -> login("nobody-" + UUID.randomUUID() + "@example.test", PASSWORD))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void suspendedUserCannotSignInButOnlyTheRightPasswordRevealsWhy() {
    String email = newUser();
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    directory.suspend(provisioning.findByEmail(email).orElseThrow());

    assertThatThrownBy(() -> login(email, PASSWORD)).isInstanceOf(LockedException.class);
    assertThatThrownBy(() -> login(email, "not the password"))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(auditOf(email, AccountAction.LOGIN_FAILED))
        .extracting(AuditRecord::details)
        .contains("Refused: the account is suspended");
  }

  private List<AuditRecord> auditOf(String email, String action) {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    return AuditTrail.await(audit, email, action);
  }
}
