package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.ReportFixtures;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionReportSent;
import com.otopair.consult.SessionReports;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mechanic's summary, once sent, reaches its customer: the "summary delivered" mail with the link
 * to the summary page, in their language, and a notice in their bell; each once however often its
 * listener runs.
 */
class SummaryMailsTest extends IntegrationTest {

  @Autowired SessionReports reports;
  @Autowired SessionMails sessionMails;
  @Autowired SessionInbox sessionInbox;
  @Autowired Inbox inbox;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired AccountLanguages languages;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  ReportFixtures fixture;
  String shopName;

  @BeforeEach
  void anEndedSession() {
    fixture = ReportFixtures.create(users, shops, membership, userDetails, live, queue, jdbc);
    shopName = membership.shopName(fixture.consult().shop().shopId());
  }

  private SessionReportSent sent() {
    SignIn.as(userDetails, fixture.mechanicEmail());
    reports.save(fixture.session(), fixture.draft());
    reports.send(fixture.session());
    SecurityContextHolder.clearContext();
    return new SessionReportSent(
        fixture.session(),
        fixture.consult().shop().shopId(),
        fixture.consult().customerId(),
        fixture.consult().shop().alex(),
        jdbc.queryForObject(
                "select sent_at from consult_reports where session_id = ?",
                Timestamp.class,
                fixture.session())
            .toInstant());
  }

  private long received(String subject) {
    return TestMail.receivedBy(fixture.customerEmail()).stream()
        .filter(m -> TestMail.subject(m).equals(subject))
        .count();
  }

  @Test
  void theCustomerIsMailedTheLinkToTheSummaryOnce() throws Exception {
    SessionReportSent event = sent();

    MimeMessage mail =
        TestMail.awaitSubject(
            fixture.customerEmail(), "Alex Martin sent you a summary of your session");
    assertThat(TestMail.text(mail))
        .contains(
            "Hello Emma,",
            "Alex Martin from "
                + shopName
                + " wrote down what they found about your 2016 Honda Civic, what to do next and"
                + " the rough prices.",
            "How soon: Before any long drive",
            "Read the summary: http://otopair.test/sessions/" + fixture.session() + "/summary");

    SessionMails listener = ListenerRuns.target(sessionMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(received(TestMail.subject(mail))).isOne();
  }

  @Test
  void aFrenchCustomerReadsItInFrench() {
    languages.choose(fixture.consult().customerId(), I18n.FRENCH);
    sent();

    MimeMessage mail =
        TestMail.awaitSubject(
            fixture.customerEmail(), "Alex Martin vous a envoyé le résumé de votre séance");
    assertThat(TestMail.text(mail))
        .contains(
            "Alex Martin, de " + shopName + ", a noté ses constats sur votre 2016 Honda Civic",
            "Délai\u00a0: Avant tout long trajet",
            "http://otopair.test/sessions/" + fixture.session() + "/summary");
  }

  @Test
  void theCustomersBellSaysItArrivedOnce() throws Exception {
    SessionReportSent event = sent();

    SignIn.as(userDetails, fixture.customerEmail());
    InAppNotification notice =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .pollInSameThread()
            .until(
                () ->
                    inbox.latest(0, 50).stream()
                        .filter(n -> n.link().endsWith("/summary"))
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    SecurityContextHolder.clearContext();
    assertThat(notice.title()).isEqualTo("Alex Martin sent you a summary");
    assertThat(notice.body())
        .isEqualTo("Your session about your 2016 Honda Civic: Before any long drive");
    assertThat(notice.link()).isEqualTo("sessions/" + fixture.session() + "/summary");

    SessionInbox listener = ListenerRuns.target(sessionInbox);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notifications where user_id = ? and kind = ?",
                Integer.class,
                fixture.consult().customerId(),
                "SUMMARY_DELIVERED"))
        .isOne();
  }
}
