package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.otopair.support.IntegrationTest;
import com.otopair.support.TestMail;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mail leaves through the outbox: an SMTP outage delays it and loses nothing. */
class MailOutageTest extends IntegrationTest {

  @Autowired AccountService accounts;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void smtpIsBack() {
    TestMail.stop();
    TestMail.restart();
  }

  @Test
  void verificationMailSentDuringAnOutageArrivesWhenSmtpIsBack() {
    String email = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    TestMail.stop();

    accounts.signUp(new SignUp("Olive Outage", email, "a long enough passphrase", Roles.CUSTOMER));

    // The sign-up committed, the mail could not leave, and the outbox still holds it.
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> failedMailsFor(email) > 0);

    TestMail.restart();

    String link = TestMail.awaitLink(email, "verify", 0);
    assertThat(link).startsWith("http://otopair.test/verify?token=");
    assertThat(TestMail.receivedBy(email)).hasSize(1);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> pendingMailsFor(email) == 0);
  }

  private int failedMailsFor(String email) {
    return jdbc.queryForObject(
        "select count(*) from event_publication where serialized_event like ? and status = 'FAILED'",
        Integer.class,
        "%" + email + "%");
  }

  private int pendingMailsFor(String email) {
    return jdbc.queryForObject(
        "select count(*) from event_publication where serialized_event like ? and event_type like '%AccountEmailRequested'",
        Integer.class, "%" + email + "%");
  }
}
