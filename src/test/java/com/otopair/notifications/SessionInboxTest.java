package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.FollowUpOpenedToShop;
import com.otopair.consult.FollowUps;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.MechanicJoinedSession;
import com.otopair.consult.MechanicNudged;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionRequested;
import com.otopair.consult.SessionUnattended;
import com.otopair.consult.SessionWatch;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live sessions in the bell: a waiting session raises the count of each mechanic of its shop, the
 * customer sees who joined, a silent mechanic is nudged, admins hear of a session nobody can take;
 * each once however often its listener runs.
 */
class SessionInboxTest extends IntegrationTest {

  @Autowired Inbox inbox;
  @Autowired SessionInbox sessionInbox;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired SessionWatch watch;
  @Autowired FollowUps followUps;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
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
    UUID session = live.request(fixture.request("A rattle from the back\nwhen I brake."));
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

  /** Waits, signed in as this user, until their inbox holds a notification that matches. */
  private InAppNotification awaitFor(String email, Predicate<InAppNotification> matching) {
    SignIn.as(userDetails, email);
    try {
      return Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .pollInSameThread()
          .until(
              () -> inbox.latest(0, 50).stream().filter(matching).findFirst(), o -> o.isPresent())
          .orElseThrow();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** How many notifications of this kind the user has, read or not (in SQL). */
  private int ofKind(UUID user, String kind) {
    return jdbc.queryForObject(
        "select count(*) from notifications where user_id = ? and kind = ?",
        Integer.class,
        user,
        kind);
  }

  private int unread(String email) {
    SignIn.as(userDetails, email);
    try {
      return inbox.unreadCount();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  void aWaitingSessionRaisesTheBellOfEachMechanicOfTheShop() throws Exception {
    UUID session = requested();

    InAppNotification alexs =
        awaitFor(
            fixture.shop().alexEmail(),
            n -> n.title().equals("Live session waiting: Remote diagnosis"));
    assertThat(alexs.body())
        .isEqualTo(
            "Emma Tremblay asks about their 2016 Honda Civic: A rattle from the back when I brake.");
    assertThat(alexs.link()).isEqualTo("sessions");
    awaitFor(fixture.beaEmail(), n -> n.link().equals("sessions"));
    assertThat(unread(fixture.shop().alexEmail())).isOne();
    assertThat(unread(fixture.beaEmail())).isOne();
    assertThat(unread(fixture.shop().ownerEmail())).isZero();
    assertThat(unread(fixture.customerEmail())).isZero();

    var event = new SessionRequested(session, fixture.shop().shopId(), fixture.customerId());
    SessionInbox listener = ListenerRuns.target(sessionInbox);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(ofKind(fixture.shop().alex(), "SESSION_REQUESTED")).isOne();
    assertThat(ofKind(fixture.shop().bea(), "SESSION_REQUESTED")).isOne();
  }

  @Test
  void aLiveFollowUpRingsItsMechanicAloneThenTheShopOnceItsReservationEnds() throws Exception {
    UUID parent = claimedByAlex();
    SignIn.as(userDetails, fixture.shop().alexEmail());
    live.end(parent);
    SignIn.as(userDetails, fixture.customerEmail());
    UUID mini = followUps.requestLive(parent, FollowUps.Kind.MINI, "One more question.");
    SecurityContextHolder.clearContext();
    String key = "session-requested:" + mini;
    String count = "select count(*) from notifications where user_id = ? and dedupe_key = ?";

    awaitFor(fixture.shop().alexEmail(), n -> n.title().startsWith("Live session waiting"));
    var requested = new SessionRequested(mini, fixture.shop().shopId(), fixture.customerId());
    SessionInbox listener = ListenerRuns.target(sessionInbox);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(requested));
    assertThat(jdbc.queryForObject(count, Integer.class, fixture.shop().alex(), key)).isOne();
    assertThat(jdbc.queryForObject(count, Integer.class, fixture.shop().bea(), key)).isZero();

    clock.advance(FollowUps.LIVE_RESERVED);
    watch.lapseReservations();
    awaitFor(fixture.beaEmail(), n -> n.title().startsWith("Live session waiting"));
    var opened = new FollowUpOpenedToShop(mini, fixture.shop().shopId());
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(opened));
    assertThat(jdbc.queryForObject(count, Integer.class, fixture.shop().alex(), key)).isOne();
    assertThat(jdbc.queryForObject(count, Integer.class, fixture.shop().bea(), key)).isOne();
  }

  @Test
  void theCustomerSeesWhichMechanicJoined() throws Exception {
    UUID session = claimedByAlex();

    InAppNotification joined =
        awaitFor(
            fixture.customerEmail(), n -> n.title().equals("Alex Martin joined your live session"));
    assertThat(joined.body())
        .isEqualTo("Alex Martin from " + shopName + " is waiting for you in the chat.");
    assertThat(joined.link()).isEqualTo("sessions/" + session);

    var event =
        new MechanicJoinedSession(
            session, fixture.shop().alex(), fixture.customerId(), stamp(session, "claimed_at"));
    SessionInbox listener = ListenerRuns.target(sessionInbox);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(ofKind(fixture.customerId(), "SESSION_JOINED")).isOne();
  }

  @Test
  void aSilentMechanicIsNudgedInTheApp() throws Exception {
    UUID session = claimedByAlex();
    clock.advance(Duration.ofMinutes(3));
    watch.nudgeSilentMechanics();

    InAppNotification nudge =
        awaitFor(
            fixture.shop().alexEmail(),
            n -> n.title().equals("Emma Tremblay is waiting for your first message"));
    assertThat(nudge.body())
        .isEqualTo("You took their live session (Remote diagnosis) and haven’t written yet.");
    assertThat(nudge.link()).isEqualTo("sessions/" + session);

    var event = new MechanicNudged(session, fixture.shop().alex(), stamp(session, "nudged_at"));
    SessionInbox listener = ListenerRuns.target(sessionInbox);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(ofKind(fixture.shop().alex(), "SESSION_NUDGED")).isOne();
  }

  @Test
  void adminsHearOfASessionWaitingWithNobodyOnline() throws Exception {
    String email = "support-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    UUID admin = users.createVerifiedUser(email, "Sam Support", Roles.ADMIN, "a passphrase!");
    UUID session = requested();
    clock.advance(Duration.ofMinutes(2));
    watch.alertSupport();

    InAppNotification alert = awaitFor(email, n -> n.link().equals("sessions/" + session));
    assertThat(alert.title()).isEqualTo("Nobody online at " + shopName);
    assertThat(alert.body())
        .startsWith("Emma Tremblay has been waiting since ")
        .endsWith(" for Remote diagnosis.");

    var event =
        new SessionUnattended(
            session, fixture.shop().shopId(), stamp(session, "support_alerted_at"));
    SessionInbox listener = ListenerRuns.target(sessionInbox);
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(event));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notifications where user_id = ? and link = ?",
                Integer.class,
                admin,
                "sessions/" + session))
        .isOne();
  }
}
