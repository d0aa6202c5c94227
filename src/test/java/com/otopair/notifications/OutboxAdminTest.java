package com.otopair.notifications;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.audit.AuditLog;
import com.otopair.base.Outbox;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.otopair.support.AuditTrail;
import com.otopair.support.ControlCharacters;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The outbox an admin watches: a mail that cannot leave shows as failed with the listener's error,
 * dies after its last attempt and is no longer retried on its own; the admin retries it (it goes
 * out once SMTP is back) or discards it with a reason, and the audit log records both.
 */
class OutboxAdminTest extends IntegrationTest {

  @Autowired AccountService accounts;
  @Autowired Outbox outbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserDetailsService userDetails;
  @Autowired AuditLog audit;

  @AfterEach
  void smtpIsBack() {
    TestMail.stop();
    TestMail.restart();
  }

  private String signUpDuringOutage() {
    String email = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    accounts.signUp(new SignUp("Otto Outbox", email, "a long enough passphrase", Roles.CUSTOMER));
    return email;
  }

  private Outbox.Entry awaitEntry(String email, Outbox.State state) {
    return Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              SignIn.as(userDetails, DemoAccounts.ADMIN.email());
              return outbox.list(state).stream()
                  .filter(e -> e.payload().contains(email))
                  .findFirst();
            },
            Optional::isPresent)
        .orElseThrow();
  }

  @Test
  void aFailingMailIsShownWithItsErrorDiesAfterItsLastAttemptAndAnAdminRetriesIt() {
    TestMail.stop();
    String email = signUpDuringOutage();

    Outbox.Entry failed = awaitEntry(email, null);
    Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(() -> awaitEntry(email, null).lastError() != null);
    Outbox.Entry seen = awaitEntry(email, null);
    assertThat(seen.listener()).isEqualTo("AccountMails.on");
    assertThat(seen.eventType()).isEqualTo("AccountEmailRequested");
    assertThat(seen.lastError()).containsIgnoringCase("mail");
    assertThat(seen.attempts()).isPositive();

    // Out of attempts: dead, and the scheduled retry leaves it alone even with SMTP back.
    jdbc.update(
        "update event_publication set completion_attempts = 7, status = 'FAILED' where id = ?",
        failed.id());
    Outbox.Entry dead = awaitEntry(email, Outbox.State.DEAD);
    assertThat(dead.nextTry()).isNull();
    TestMail.restart();
    Awaitility.await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> TestMail.receivedBy(email).isEmpty());

    outbox.retry(dead.id());
    assertThat(TestMail.awaitLink(email, "verify", 0)).contains("/verify?token=");
    assertThat(AuditTrail.await(audit, "AccountEmailRequested " + dead.id(), "OUTBOX_RETRIED"))
        .singleElement()
        .satisfies(r -> assertThat(r.actor()).isEqualTo(DemoAccounts.ADMIN.email()));
  }

  @Test
  void anAdminDiscardsAPublicationWithAReason() {
    TestMail.stop();
    String email = signUpDuringOutage();
    Outbox.Entry entry = awaitEntry(email, null);

    assertRefusedAt(() -> outbox.discard(entry.id(), " "), "reason", "Say why");
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(
          () -> outbox.discard(entry.id(), "Test" + control + " address"),
          "reason",
          ControlCharacters.MESSAGE);
    }
    assertThat(outbox.list(null)).extracting(Outbox.Entry::id).contains(entry.id());
    outbox.discard(entry.id(), "Test address, nobody reads it");

    assertThat(outbox.list(null)).extracting(Outbox.Entry::id).doesNotContain(entry.id());
    assertThat(AuditTrail.await(audit, "AccountEmailRequested " + entry.id(), "OUTBOX_DISCARDED"))
        .singleElement()
        .satisfies(r -> assertThat(r.details()).contains("Test address, nobody reads it"));
    TestMail.restart();
    Awaitility.await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> TestMail.receivedBy(email).isEmpty());
  }
}
