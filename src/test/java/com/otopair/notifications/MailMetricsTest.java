package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.TransactionLocks;
import com.otopair.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail counters move as the email log records a mail: sent once it left, failed per attempt
 * that could not leave, and a mail that already left is neither sent nor counted again. Counted on
 * a registry of the test's own, so mail sent meanwhile by other work does not blur the figures.
 */
class MailMetricsTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionLocks locks;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MeterRegistry shared;

  MeterRegistry registry;
  LoggedMailTransport transport;
  List<OutgoingMail> delivered;
  boolean smtpDown;

  @BeforeEach
  void aTransportOfItsOwn() {
    registry = new SimpleMeterRegistry();
    var log = new MailLog(jdbc, locks, transactions, clock, new MailMetrics(registry));
    delivered = new ArrayList<>();
    MailTransport smtp =
        new MailTransport() {
          @Override
          public void send(OutgoingMail mail) {
            if (smtpDown) {
              throw new IllegalStateException("Connection refused");
            }
            delivered.add(mail);
          }

          @Override
          public boolean capturing() {
            return false;
          }
        };
    transport = new LoggedMailTransport(smtp, log, new TransactionTemplate(transactions));
  }

  private double count(String name) {
    return registry.get(name).counter().count();
  }

  private static OutgoingMail mail() {
    return new OutgoingMail(
        "metrics-" + UUID.randomUUID() + "@example.test",
        "Your booking",
        "text",
        "<p>text</p>",
        List.of(),
        "booking-confirmed",
        "fact-" + UUID.randomUUID());
  }

  @Test
  void aMailThatLeavesCountsSentOnceEvenWhenSentAgain() {
    OutgoingMail mail = mail();

    transport.send(mail);
    transport.send(mail);

    assertThat(delivered).hasSize(1);
    assertThat(count("otopair.mail.sent")).isEqualTo(1);
    assertThat(count("otopair.mail.failed")).isZero();
  }

  @Test
  void aFailedAttemptCountsFailedAndItsRetrySent() {
    OutgoingMail mail = mail();
    smtpDown = true;

    assertThatThrownBy(() -> transport.send(mail)).hasMessageContaining("Connection refused");
    assertThat(count("otopair.mail.failed")).isEqualTo(1);
    assertThat(count("otopair.mail.sent")).isZero();

    smtpDown = false;
    transport.send(mail);
    assertThat(count("otopair.mail.failed")).isEqualTo(1);
    assertThat(count("otopair.mail.sent")).isEqualTo(1);
  }

  @Test
  void theApplicationRegistersBothSeriesFromTheStart() {
    assertThat(shared.find("otopair.mail.sent").counter()).isNotNull();
    assertThat(shared.find("otopair.mail.failed").counter()).isNotNull();
  }
}
