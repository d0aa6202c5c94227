package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.EndReason;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.MechanicJoinedSession;
import com.otopair.consult.MechanicNudged;
import com.otopair.consult.SessionFinished;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionRequested;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionUnattended;
import com.otopair.consult.SessionWatch;
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
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What live sessions mail: the customer hears they are in the queue, that a mechanic joined and how
 * the session ended (an expired one cost nothing); a silent mechanic is nudged; every admin hears
 * of a session waiting with nobody online. Each in its reader's language, each once however often
 * its listener runs.
 */
class SessionMailsTest extends IntegrationTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired SessionWatch watch;
  @Autowired SessionMails sessionMails;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired AccountLanguages languages;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;
  String shopName;

  @BeforeEach
  void aShopWithARemoteService() {
    fixture = ConsultFixtures.create(users, shops, membership);
    shopName = membership.shopName(fixture.shop().shopId());
  }

  private UUID requested() {
    SignIn.as(userDetails, fixture.customerEmail());
    UUID session = live.request(fixture.request("A rattle from the back."));
    SecurityContextHolder.clearContext();
    return session;
  }

  private UUID claimedByAlex() {
    UUID session = requested();
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(session);
    SecurityContextHolder.clearContext();
    return session;
  }

  private Instant stamp(UUID session, String column) {
    return jdbc.queryForObject(
            "select " + column + " from consult_sessions where id = ?", Timestamp.class, session)
        .toInstant();
  }

  private String newAdmin(String name, Locale language) {
    String email = "support-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    languages.choose(users.createVerifiedUser(email, name, Roles.ADMIN, "a passphrase!"), language);
    return email;
  }

  private long received(String to, String subject) {
    return TestMail.receivedBy(to).stream()
        .filter(m -> TestMail.subject(m).equals(subject))
        .count();
  }

  @Test
  void theCustomerHearsTheyAreInTheQueueWithTheirSessionsLink() throws Exception {
    UUID session = requested();

    MimeMessage mail =
        TestMail.awaitSubject(fixture.customerEmail(), "You’re in the queue at " + shopName);
    assertThat(TestMail.text(mail))
        .contains(
            "Hello Emma,",
            "You asked " + shopName + " for Remote diagnosis about your 2016 Honda Civic.",
            "If no mechanic is free within 15 minutes, the session ends and nothing is charged.",
            "http://otopair.test/sessions/" + session);

    var event = new SessionRequested(session, fixture.shop().shopId(), fixture.customerId());
    SessionMails listener = ListenerRuns.target(sessionMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(received(fixture.customerEmail(), TestMail.subject(mail))).isOne();
  }

  @Test
  void theCustomerHearsWhichMechanicJoined() throws Exception {
    UUID session = claimedByAlex();

    MimeMessage mail =
        TestMail.awaitSubject(fixture.customerEmail(), "Alex Martin joined your live session");
    assertThat(TestMail.text(mail))
        .contains(
            "Alex Martin from "
                + shopName
                + " joined your live session about your 2016 Honda Civic",
            "Your 20 minutes started when they joined",
            "http://otopair.test/sessions/" + session);

    var event =
        new MechanicJoinedSession(
            session, fixture.shop().alex(), fixture.customerId(), stamp(session, "claimed_at"));
    SessionMails listener = ListenerRuns.target(sessionMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(received(fixture.customerEmail(), TestMail.subject(mail))).isOne();
  }

  @Test
  void theCustomerHearsTheirSessionEndedAndWhoEndedIt() throws Exception {
    UUID session = claimedByAlex();
    SignIn.as(userDetails, fixture.customerEmail());
    live.end(session);
    SecurityContextHolder.clearContext();

    MimeMessage mail =
        TestMail.awaitSubject(
            fixture.customerEmail(), "Your live session with " + shopName + " is over");
    assertThat(TestMail.text(mail))
        .contains(
            "Your live session with " + shopName + " (Remote diagnosis) is over.",
            "You ended it.",
            "http://otopair.test/sessions/" + session);

    var event =
        new SessionFinished(
            session,
            fixture.shop().shopId(),
            fixture.customerId(),
            SessionStatus.ENDED,
            EndReason.CUSTOMER);
    SessionMails listener = ListenerRuns.target(sessionMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(received(fixture.customerEmail(), TestMail.subject(mail))).isOne();
  }

  @Test
  void aSessionNobodyTookTellsTheCustomerNobodyWasFreeAndNothingWasCharged() {
    UUID session = requested();
    clock.advance(Duration.ofMinutes(15));
    watch.expireUnclaimed();

    MimeMessage mail =
        TestMail.awaitSubject(fixture.customerEmail(), "No mechanic was free at " + shopName);
    assertThat(TestMail.text(mail))
        .contains(
            "No mechanic of "
                + shopName
                + " was free to take your live session (Remote diagnosis) within 15 minutes,"
                + " so it ended and nothing was charged.",
            "http://otopair.test/sessions/" + session)
        .doesNotContain("is over");
  }

  @Test
  void aCustomerWhoLeftTheQueueHearsNothingWasCharged() {
    UUID session = requested();
    SignIn.as(userDetails, fixture.customerEmail());
    live.leaveQueue(session);
    SecurityContextHolder.clearContext();

    MimeMessage mail =
        TestMail.awaitSubject(
            fixture.customerEmail(), "Your live session with " + shopName + " is over");
    assertThat(TestMail.text(mail))
        .contains("You left the queue before a mechanic joined, so nothing was charged.");
  }

  @Test
  void aSilentMechanicIsToldTheCustomerWaitsForTheirFirstMessage() throws Exception {
    UUID session = claimedByAlex();
    clock.advance(Duration.ofMinutes(3));
    watch.nudgeSilentMechanics();

    MimeMessage mail =
        TestMail.awaitSubject(
            fixture.shop().alexEmail(), "Emma Tremblay is waiting for your first message");
    assertThat(TestMail.text(mail))
        .contains(
            "Hello Alex,",
            "You took Emma Tremblay’s live session (Remote diagnosis, 2016 Honda Civic)"
                + " and haven’t written yet.",
            "http://otopair.test/sessions/" + session);

    var event = new MechanicNudged(session, fixture.shop().alex(), stamp(session, "nudged_at"));
    SessionMails listener = ListenerRuns.target(sessionMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(received(fixture.shop().alexEmail(), TestMail.subject(mail))).isOne();
  }

  @Test
  void everyAdminHearsOfASessionWaitingWithNobodyOnlineEachInTheirLanguage() throws Exception {
    String english = newAdmin("Sam Support", I18n.ENGLISH);
    String french = newAdmin("Sylvie Soutien", I18n.FRENCH);
    UUID session = requested();
    clock.advance(Duration.ofMinutes(2));
    watch.alertSupport();

    MimeMessage mail =
        TestMail.awaitSubject(
            english, "A live session waits at " + shopName + " with nobody online");
    assertThat(TestMail.text(mail))
        .contains(
            "Hello Sam,",
            "Emma Tremblay has been waiting since ",
            " for Remote diagnosis at " + shopName + ", and no mechanic of the shop is online.",
            "http://otopair.test/sessions/" + session);
    MimeMessage enFrançais =
        TestMail.awaitSubject(
            french, "Une séance en direct attend chez " + shopName + " et personne n’est en ligne");
    assertThat(TestMail.text(enFrançais))
        .contains(
            "Bonjour Sylvie,",
            "Emma Tremblay attend depuis ",
            " pour Remote diagnosis chez " + shopName + ", et aucun mécanicien du garage",
            "Ouvrir la séance\u00a0: http://otopair.test/sessions/" + session)
        .doesNotContain("Hello");

    var event =
        new SessionUnattended(
            session, fixture.shop().shopId(), stamp(session, "support_alerted_at"));
    SessionMails listener = ListenerRuns.target(sessionMails);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(received(english, TestMail.subject(mail))).isOne();
    assertThat(received(french, TestMail.subject(enFrançais))).isOne();
  }

  @Test
  void aFrenchCustomerIsMailedInFrench() {
    languages.choose(fixture.customerId(), I18n.FRENCH);
    UUID session = requested();

    MimeMessage mail =
        TestMail.awaitSubject(fixture.customerEmail(), "Vous êtes dans la file de " + shopName);
    assertThat(TestMail.text(mail))
        .contains(
            "Bonjour Emma,",
            "Vous avez demandé Remote diagnosis à "
                + shopName
                + " au sujet de votre 2016 Honda Civic.",
            "Si aucun mécanicien n’est libre d’ici 15 minutes",
            "Ouvrir votre séance\u00a0: http://otopair.test/sessions/" + session)
        .doesNotContain("Hello", "queue");
  }
}
