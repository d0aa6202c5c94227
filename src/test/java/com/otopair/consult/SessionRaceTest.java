package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.SignedInRace;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The same session raced by many requests at the same moment: exactly one wins, in SQL. */
class SessionRaceTest extends IntegrationTest {

  @Autowired LiveSessions live;
  @Autowired SessionSupport support;
  @Autowired SessionQueue queue;
  @Autowired SessionChat chat;
  @Autowired ExtraTime extraTime;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;
  UUID session;

  @BeforeEach
  void waitingSession() {
    fixture = ConsultFixtures.create(users, shops, membership);
    SignIn.as(userDetails, fixture.customerEmail());
    session = live.request(fixture.request("It shakes at 100 km/h."));
    SecurityContextHolder.clearContext();
  }

  /** Runs each action as its user, all released at once; returns which of them succeeded. */
  private List<Boolean> race(List<String> emails, List<Runnable> actions) throws Exception {
    return SignedInRace.run(userDetails, emails, actions);
  }

  @Test
  void twentyMechanicsClaimingOneSessionAtOnceLeaveExactlyOneMechanicOnIt() throws Exception {
    List<String> mechanics = fixture.moreMechanics(users, membership, 20);
    List<Runnable> claims =
        mechanics.stream().<Runnable>map(m -> () -> queue.claim(session)).toList();

    List<Boolean> outcomes = race(mechanics, claims);

    assertThat(outcomes).filteredOn(won -> won).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_sessions where id = ? and status = 'ACTIVE'"
                    + " and mechanic_id is not null",
                Integer.class,
                session))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_messages where session_id = ?"
                    + " and body_key = 'consult.chat.notice.joined'",
                Integer.class,
                session))
        .isEqualTo(1);
  }

  @Test
  void aCustomerLeavingWhileAMechanicClaimsEndsOneWayOnly() throws Exception {
    List<Boolean> outcomes =
        race(
            List.of(fixture.customerEmail(), fixture.shop().alexEmail()),
            List.of(() -> live.leaveQueue(session), () -> queue.claim(session)));

    assertThat(outcomes).filteredOn(won -> won).hasSize(1);
    String status =
        jdbc.queryForObject(
            "select status from consult_sessions where id = ?", String.class, session);
    assertThat(status).isEqualTo(outcomes.get(0) ? "CANCELLED" : "ACTIVE");
  }

  @Test
  void theCustomerAndTheMechanicEndingAtOnceEndItOnce() throws Exception {
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(session);
    SecurityContextHolder.clearContext();

    List<Boolean> outcomes =
        race(
            List.of(fixture.customerEmail(), fixture.shop().alexEmail()),
            List.of(() -> live.end(session), () -> live.end(session)));

    assertThat(outcomes).filteredOn(won -> won).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_messages where session_id = ?"
                    + " and body_key like 'consult.chat.notice.ended.%'",
                Integer.class, session))
        .isEqualTo(1);
  }

  @Test
  void twoAdminsEndingTheSameSessionAtOnceEndItOnce() throws Exception {
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(session);
    SecurityContextHolder.clearContext();
    String second = "support-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    users.createVerifiedUser(second, "Second Support", Roles.ADMIN, "a passphrase!");

    List<Boolean> outcomes =
        race(
            List.of(DemoAccounts.ADMIN.email(), second),
            List.of(
                () -> support.end(session, "Duplicate session."),
                () -> support.end(session, "The customer called.")));

    assertThat(outcomes).filteredOn(won -> won).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select status || ' ' || end_reason from consult_sessions where id = ?",
                String.class,
                session))
        .isEqualTo("ENDED ADMIN");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_messages where session_id = ?"
                    + " and body_key = 'consult.chat.notice.ended.admin'",
                Integer.class,
                session))
        .isEqualTo(1);
  }

  private void claimedByAlex() {
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(session);
    SecurityContextHolder.clearContext();
  }

  @Test
  void chatLinesRacingTheEndAreEitherWrittenBeforeItOrRefused() throws Exception {
    for (int round = 0; round < 5; round++) {
      if (round > 0) {
        SignIn.as(userDetails, fixture.customerEmail());
        session = live.request(fixture.request("Round " + round + ": it still shakes."));
        SecurityContextHolder.clearContext();
      }
      claimedByAlex();
      List<String> people = new ArrayList<>();
      List<Runnable> actions = new ArrayList<>();
      UUID id = session;
      for (int i = 0; i < 20; i++) {
        String line = "Line " + i;
        people.add(i % 2 == 0 ? fixture.shop().alexEmail() : fixture.customerEmail());
        actions.add(() -> chat.post(id, line));
      }
      people.add(10, fixture.customerEmail());
      actions.add(10, () -> live.end(id));

      List<Boolean> outcomes = race(people, actions);

      assertThat(outcomes.get(10)).isTrue();
      long written = outcomes.stream().filter(won -> won).count() - 1;
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from consult_messages where session_id = ?"
                      + " and author_id is not null",
                  Long.class,
                  id))
          .isEqualTo(written);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from consult_messages m where m.session_id = ?"
                      + " and m.author_id is not null and m.id > (select e.id from consult_messages"
                      + " e where e.session_id = m.session_id"
                      + " and e.body_key = 'consult.chat.notice.ended.customer')",
                  Integer.class,
                  id))
          .as("lines written after the end, round %d", round)
          .isZero();
    }
  }

  @Test
  void acceptingTheSameOfferTwiceAtOnceAddsFiveMinutesOnce() throws Exception {
    claimedByAlex();
    SignIn.as(userDetails, fixture.shop().alexEmail());
    UUID offer = extraTime.offer(session, new java.math.BigDecimal("6.25")).id();
    SecurityContextHolder.clearContext();

    List<String> customers = java.util.Collections.nCopies(10, fixture.customerEmail());
    List<Runnable> accepts =
        customers.stream().<Runnable>map(c -> () -> extraTime.accept(offer)).toList();
    List<Boolean> outcomes = race(customers, accepts);

    assertThat(outcomes).filteredOn(won -> won).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_sessions where id = ?"
                    + " and ends_at = claimed_at + interval '25 minutes'",
                Integer.class,
                session))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_messages where session_id = ?"
                    + " and body_key = 'consult.chat.notice.extra.accepted'",
                Integer.class,
                session))
        .isEqualTo(1);
  }
}
