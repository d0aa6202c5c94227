package com.otopair.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.domain.UserRepository;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Form login goes through this authentication manager; these are its rules. */
class LoginTest extends IntegrationTest {

  private static final String PASSWORD = "correct horse battery";

  @Autowired AuthenticationManager authentication;
  @Autowired UserProvisioning provisioning;
  @Autowired UserDirectory directory;
  @Autowired AuditLog audit;
  @Autowired UserDetailsService userDetails;
  @Autowired UserRepository users;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

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
  void aSignInWhileTheAccountIsChangedFailsNeitherAndKeepsBoth() throws Exception {
    String email = newUser();
    UUID id = users.findByEmail(email).orElseThrow().getId();
    var loaded = new CountDownLatch(1);
    var signedIn = new CountDownLatch(1);
    try (var editor = Executors.newSingleThreadExecutor()) {
      // An account change that read the row before the sign-in and writes it after.
      Future<?> change =
          editor.submit(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        var user = users.findById(id).orElseThrow();
                        loaded.countDown();
                        await(signedIn);
                        user.setDisplayName("Lee Renamed");
                      }));
      await(loaded);
      login(email, PASSWORD);
      signedIn.countDown();
      change.get(30, TimeUnit.SECONDS);
    }

    var row = jdbc.queryForMap("select display_name, last_login_at from users where id = ?", id);
    assertThat(row.get("display_name")).isEqualTo("Lee Renamed");
    assertThat(row.get("last_login_at")).as("the change did not put the old time back").isNotNull();
  }

  @Test
  void manySignInsOfOneAccountAtOnceAllSucceed() throws Exception {
    String email = newUser();
    var start = new CountDownLatch(1);
    List<Future<?>> attempts = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 8; i++) {
        // From eight addresses: sign-ins are counted per account and address before the password
        // is checked, and five at once from one address are its limit.
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113." + (10 + i));
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD);
        attempt.setDetails(new WebAuthenticationDetails(request));
        attempts.add(
            pool.submit(
                () -> {
                  await(start);
                  authentication.authenticate(attempt);
                }));
      }
      start.countDown();
      for (Future<?> attempt : attempts) {
        attempt.get(60, TimeUnit.SECONDS);
      }
    }
    // Each get() above threw had its sign-in failed.
    assertThat(
            jdbc.queryForObject(
                "select last_login_at is not null from users where email = ?",
                Boolean.class,
                email))
        .isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
