package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.BookingPolicies;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Support's watch with a moved clock: each effect happens once, when run again and when two runs
 * overlap (as two nodes would).
 */
class SessionWatchTest extends IntegrationTest {

  @Autowired SessionWatch watch;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired SessionChat chat;
  @Autowired MechanicPresence presence;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired BookingPolicies policies;

  ConsultFixtures fixture;
  UUID session;

  @BeforeEach
  void waitingSession() {
    fixture = ConsultFixtures.create(users, shops, membership);
    SignIn.as(userDetails, fixture.customerEmail());
    session = live.request(fixture.request("A rattle from the back."));
  }

  private String column(String name) {
    return String.valueOf(
        jdbc.queryForObject(
            "select " + name + " from consult_sessions where id = ?", Object.class, session));
  }

  private int notices(String key) {
    return jdbc.queryForObject(
        "select count(*) from consult_messages where session_id = ? and body_key = ?",
        Integer.class,
        session,
        key);
  }

  /** Runs the job twice at once (as two nodes would), then once more. */
  private void twiceAtOnceThenAgain(IntSupplier job) {
    var first = CompletableFuture.supplyAsync(job::getAsInt);
    var second = CompletableFuture.supplyAsync(job::getAsInt);
    first.join();
    second.join();
    job.getAsInt();
  }

  private void claimedByAlex() {
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(session);
  }

  @Test
  void aSessionNobodyClaimsExpiresAtTheShopsWaitLimitOnce() {
    clock.advance(Duration.ofMinutes(14).plusSeconds(50));
    watch.expireUnclaimed();
    assertThat(column("status")).isEqualTo("WAITING");

    clock.advance(Duration.ofSeconds(10));
    twiceAtOnceThenAgain(watch::expireUnclaimed);

    assertThat(column("status")).isEqualTo("EXPIRED");
    assertThat(column("end_reason")).isEqualTo("NOBODY_CAME");
  }

  @Test
  void aShopThatWaitsFiveMinutesExpiresItsSessionsAfterFive() {
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    policies.updatePolicy(fixture.shop().shopId(), BookingPolicy.DEFAULT.withLiveWaitMinutes(5));
    SignIn.as(userDetails, fixture.customerEmail());
    live.leaveQueue(session);
    UUID quick = live.request(fixture.request("A whine when I accelerate."));
    assertThat(live.get(quick).waitLimitMinutes()).isEqualTo(5);

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    watch.expireUnclaimed();

    assertThat(live.get(quick).status()).isEqualTo(SessionStatus.EXPIRED);
  }

  @Test
  void anActiveSessionCompletesAtItsEndOnceWithANoticeInTheChat() {
    claimedByAlex();
    clock.advance(Duration.ofMinutes(20).minusSeconds(10));
    watch.completeEnded();
    assertThat(column("status")).isEqualTo("ACTIVE");

    clock.advance(Duration.ofSeconds(10));
    twiceAtOnceThenAgain(watch::completeEnded);

    assertThat(column("status")).isEqualTo("ENDED");
    assertThat(column("end_reason")).isEqualTo("TIME_UP");
    assertThat(notices("consult.chat.notice.ended.time-up")).isEqualTo(1);
  }

  @Test
  void bothSidesAreToldOnceWhenTwoMinutesAreLeft() {
    claimedByAlex();
    clock.advance(Duration.ofMinutes(17).plusSeconds(50));
    watch.warnEnding();
    assertThat(notices("consult.chat.notice.two-minutes")).isZero();

    clock.advance(Duration.ofSeconds(10));
    twiceAtOnceThenAgain(watch::warnEnding);
    assertThat(notices("consult.chat.notice.two-minutes")).isEqualTo(1);
  }

  @Test
  void aMechanicWhoClaimedAndWroteNothingForThreeMinutesIsNudgedOnce() {
    claimedByAlex();
    clock.advance(Duration.ofMinutes(3));

    twiceAtOnceThenAgain(watch::nudgeSilentMechanics);
    String stamped = column("nudged_at");
    assertThat(stamped).isNotEqualTo("null");

    clock.advance(Duration.ofMinutes(1));
    watch.nudgeSilentMechanics();
    assertThat(column("nudged_at")).isEqualTo(stamped);
  }

  @Test
  void aMechanicWhoWroteIsNotNudged() {
    claimedByAlex();
    chat.post(session, "Hello, I am looking at your notes.");
    clock.advance(Duration.ofMinutes(5));

    watch.nudgeSilentMechanics();
    assertThat(column("nudged_at")).isEqualTo("null");
  }

  @Test
  void supportHearsOnceOfASessionWaitingTwoMinutesWithNobodyOnline() {
    clock.advance(Duration.ofMinutes(2));
    SecurityContextHolder.clearContext();

    twiceAtOnceThenAgain(watch::alertSupport);
    String stamped = column("support_alerted_at");
    assertThat(stamped).isNotEqualTo("null");

    clock.advance(Duration.ofMinutes(1));
    watch.alertSupport();
    assertThat(column("support_alerted_at")).isEqualTo(stamped);
  }

  @Test
  void supportIsNotAlertedWhileAMechanicOfTheShopIsOnline() {
    SignIn.as(userDetails, fixture.beaEmail());
    presence.setOnline(true);
    UUID bea = membership.mechanicsOf(fixture.shop().shopId()).get(1);
    clock.advance(Duration.ofMinutes(1));
    presence.seen(bea);
    clock.advance(Duration.ofMinutes(1));

    watch.alertSupport();
    assertThat(column("support_alerted_at")).isEqualTo("null");
  }

  @Test
  void aMechanicWhoseBrowserIsGoneForTwoMinutesCountsAsOffline() {
    SignIn.as(userDetails, fixture.beaEmail());
    presence.setOnline(true);
    UUID bea = membership.mechanicsOf(fixture.shop().shopId()).get(1);
    assertThat(presence.online(List.of(bea))).containsExactly(bea);

    clock.advance(Duration.ofMinutes(2));
    assertThat(presence.online(List.of(bea))).isEmpty();

    presence.seen(bea);
    assertThat(presence.online(List.of(bea))).containsExactly(bea);
    assertThat(presence.isOnline()).isTrue();
  }
}
