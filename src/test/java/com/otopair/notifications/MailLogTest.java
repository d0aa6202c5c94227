package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every mail is in the email log: sent, or failed with the SMTP error while the server is down,
 * then marked sent after retry, on the same row, when the outbox tries again and it leaves.
 */
class MailLogTest extends IntegrationTest {

  @Autowired AccountService accounts;
  @Autowired MailLog log;
  @Autowired UserDetailsService userDetails;

  @AfterEach
  void smtpIsBack() {
    TestMail.stop();
    TestMail.restart();
  }

  private static String newEmail() {
    return "maillog-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  private MailLog.Entry awaitEntry(String email, Predicate<MailLog.Entry> condition) {
    return Awaitility.await()
        .pollInSameThread()
        .pollInterval(Duration.ofMillis(50))
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              SignIn.as(userDetails, DemoAccounts.ADMIN.email());
              var rows = log.search(email, null, PageRequest.of(0, 10)).getContent();
              assertThat(rows).hasSizeLessThanOrEqualTo(1);
              return rows.stream().findFirst().filter(condition);
            },
            Optional::isPresent)
        .orElseThrow();
  }

  @Test
  void aMailThatLeavesIsLoggedSent() {
    String email = newEmail();
    accounts.signUp(new SignUp("Sam Sent", email, "a long enough passphrase", Roles.CUSTOMER));

    MailLog.Entry entry = awaitEntry(email, e -> e.status() == MailLog.Status.SENT);
    assertThat(entry.template()).isEqualTo("verify-email");
    assertThat(entry.subject()).isEqualTo("Confirm your email for Otopair");
    assertThat(entry.attempts()).isEqualTo(1);
    assertThat(entry.lastError()).isNull();
    assertThat(entry.sentAt()).isNotNull();
  }

  @Test
  void aMailThatFailsIsLoggedWithItsErrorAndTheRetryThatSendsItUpdatesTheSameRow() {
    String email = newEmail();
    TestMail.stop();
    accounts.signUp(new SignUp("Fay Failed", email, "a long enough passphrase", Roles.CUSTOMER));

    MailLog.Entry failed = awaitEntry(email, e -> e.status() == MailLog.Status.FAILED);
    TestMail.restart();
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).containsIgnoringCase("mail");
    assertThat(failed.sentAt()).isNull();

    MailLog.Entry retried = awaitEntry(email, e -> e.status() == MailLog.Status.RETRIED);
    assertThat(retried.id()).isEqualTo(failed.id());
    assertThat(retried.attempts()).isEqualTo(2);
    assertThat(retried.sentAt()).isNotNull();
    assertThat(TestMail.receivedBy(email)).hasSize(1);

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    assertThat(log.search(email, MailLog.Status.FAILED, PageRequest.of(0, 10))).isEmpty();
    assertThat(log.search(email, MailLog.Status.RETRIED, PageRequest.of(0, 10))).hasSize(1);
  }
}
