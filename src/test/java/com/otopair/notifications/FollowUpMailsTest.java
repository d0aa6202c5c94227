package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.FollowUpAnswered;
import com.otopair.consult.FollowUpAnswers;
import com.otopair.consult.FollowUpAsked;
import com.otopair.consult.FollowUps;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer hears their follow-up question was answered, by mail and in the bell, in their
 * language, once however often the listener runs.
 */
class FollowUpMailsTest extends IntegrationTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired FollowUps followUps;
  @Autowired FollowUpAnswers answers;
  @Autowired FollowUpMails followUpMails;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired AccountLanguages languages;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;
  UUID parent;
  UUID question;

  @BeforeEach
  void aQuestionAlexAnswered() {
    fixture = ConsultFixtures.create(users, shops, membership);
    SignIn.as(userDetails, fixture.customerEmail());
    parent = live.request(fixture.request("The brakes squeal when cold."));
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(parent);
    live.end(parent);
    SecurityContextHolder.clearContext();
  }

  private void askAndAnswer() {
    SignIn.as(userDetails, fixture.customerEmail());
    question = followUps.ask(parent, "Should I replace the pads before winter?");
    SignIn.as(userDetails, fixture.shop().alexEmail());
    answers.answer(question, "Yes: they are at 3 mm.");
    SecurityContextHolder.clearContext();
  }

  private long mails(String subject) {
    return TestMail.receivedBy(fixture.customerEmail()).stream()
        .filter(m -> TestMail.subject(m).equals(subject))
        .count();
  }

  private int bell() {
    return jdbc.queryForObject(
        "select count(*) from notifications where user_id = ? and kind = 'FOLLOW_UP_ANSWERED'",
        Integer.class,
        fixture.customerId());
  }

  @Test
  void theCustomerHearsTheirFollowUpWasAnsweredOnceHoweverOftenItIsHandled() throws Exception {
    askAndAnswer();

    MimeMessage mail =
        TestMail.awaitSubject(fixture.customerEmail(), "Your follow-up was answered");
    assertThat(TestMail.text(mail))
        .contains(
            "Hello Emma,",
            "Alex Martin from",
            "answered your follow-up question about your 2016 Honda Civic.",
            "http://otopair.test/sessions/" + parent);

    var event =
        new FollowUpAnswered(
            question, parent, fixture.customerId(), "Alex Martin", clock.instant());
    FollowUpMails listener = ListenerRuns.target(followUpMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(mails(TestMail.subject(mail))).isOne();
    assertThat(bell()).isOne();
  }

  @Test
  void theMechanicHearsInTheBellOfAQuestionAboutTheirSessionOnce() throws Exception {
    SignIn.as(userDetails, fixture.customerEmail());
    question = followUps.ask(parent, "Should I replace the pads before winter?");
    SecurityContextHolder.clearContext();
    UUID alex = fixture.shop().alex();

    String body = awaitNotice(alex);
    assertThat(body)
        .isEqualTo(
            "Emma Tremblay asked a follow-up question about their 2016 Honda Civic: it is yours"
                + " to answer first, on Live sessions.");

    var event =
        new FollowUpAsked(
            question,
            parent,
            fixture.shop().shopId(),
            fixture.customerId(),
            alex,
            clock.instant(),
            clock.instant().plusSeconds(3600));
    FollowUpMails listener = ListenerRuns.target(followUpMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notifications where user_id = ? and kind = 'FOLLOW_UP_ASKED'",
                Integer.class,
                alex))
        .isOne();
  }

  private String awaitNotice(UUID user) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      var bodies =
          jdbc.queryForList(
              "select body from notifications where user_id = ? and kind = 'FOLLOW_UP_ASKED'",
              String.class,
              user);
      if (!bodies.isEmpty()) {
        return bodies.getFirst();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The mechanic was never told of the question");
  }

  @Test
  void aFrenchSpeakingCustomerReadsItInFrench() {
    languages.choose(fixture.customerId(), I18n.FRENCH);
    askAndAnswer();

    MimeMessage mail =
        TestMail.awaitSubject(
            fixture.customerEmail(), "Votre question de suivi a reçu une réponse");
    assertThat(TestMail.text(mail)).contains("a répondu à votre question de suivi");
  }
}
