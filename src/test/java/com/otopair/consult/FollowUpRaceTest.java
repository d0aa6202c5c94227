package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.SignedInRace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The same follow-up raced by several mechanics at the same moment: exactly one wins, in SQL. */
class FollowUpRaceTest extends IntegrationTest {

  @Autowired FollowUps followUps;
  @Autowired FollowUpAnswers answers;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;
  UUID parent;

  @BeforeEach
  void aSessionAlexCompleted() {
    fixture = ConsultFixtures.create(users, shops, membership);
    SignIn.as(userDetails, fixture.customerEmail());
    parent = live.request(fixture.request("The brakes squeal when cold."));
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(parent);
    live.end(parent);
    SecurityContextHolder.clearContext();
  }

  /** Each mechanic runs {@code action} as themselves, all released at once; who succeeded. */
  private List<Boolean> race(List<String> emails, Runnable action) throws Exception {
    return SignedInRace.run(userDetails, emails, Collections.nCopies(emails.size(), action));
  }

  @Test
  void mechanicsAnsweringTheSameQuickQuestionAtOnceLeaveExactlyOneAnswer() throws Exception {
    SignIn.as(userDetails, fixture.customerEmail());
    UUID question = followUps.ask(parent, "Should I replace the pads before winter?");
    SecurityContextHolder.clearContext();
    clock.advance(FollowUps.QUESTION_RESERVED);
    List<String> mechanics =
        new ArrayList<>(List.of(fixture.shop().alexEmail(), fixture.beaEmail()));
    mechanics.addAll(fixture.moreMechanics(users, membership, 6));

    List<Boolean> outcomes = race(mechanics, () -> answers.answer(question, "Yes, soon."));

    assertThat(outcomes).filteredOn(won -> won).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_questions where id = ? and answered_at is not null"
                    + " and answered_by = (select id from users where email = ?)",
                Integer.class,
                question,
                mechanics.get(outcomes.indexOf(true))))
        .isOne();
  }

  @Test
  void anotherMechanicClaimingAReservedFollowUpWithItsMechanicLosesToThem() throws Exception {
    SignIn.as(userDetails, fixture.customerEmail());
    UUID mini = followUps.requestLive(parent, FollowUps.Kind.MINI, "One more thing.");
    SecurityContextHolder.clearContext();
    List<String> mechanics =
        new ArrayList<>(List.of(fixture.shop().alexEmail(), fixture.beaEmail()));
    mechanics.addAll(fixture.moreMechanics(users, membership, 6));

    List<Boolean> outcomes = race(mechanics, () -> queue.claim(mini));

    assertThat(outcomes).containsExactly(true, false, false, false, false, false, false, false);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_sessions where id = ? and status = 'ACTIVE'"
                    + " and mechanic_id = (select id from users where email = ?)",
                Integer.class,
                mini,
                fixture.shop().alexEmail()))
        .isOne();
  }

  @Test
  void mechanicsClaimingAFollowUpOnceItsReservationEndedLeaveExactlyOneOnIt() throws Exception {
    SignIn.as(userDetails, fixture.customerEmail());
    UUID mini = followUps.requestLive(parent, FollowUps.Kind.MINI, "One more thing.");
    SecurityContextHolder.clearContext();
    clock.advance(FollowUps.LIVE_RESERVED);
    List<String> mechanics = new ArrayList<>(List.of(fixture.beaEmail()));
    mechanics.addAll(fixture.moreMechanics(users, membership, 7));

    List<Boolean> outcomes = race(mechanics, () -> queue.claim(mini));

    assertThat(outcomes).filteredOn(won -> won).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_sessions where id = ? and status = 'ACTIVE'"
                    + " and mechanic_id is not null",
                Integer.class,
                mini))
        .isOne();
  }
}
