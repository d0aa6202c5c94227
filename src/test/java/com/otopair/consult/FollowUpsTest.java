package com.otopair.consult;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Follow-ups to a completed session: a quick question free for 72 hours that its mechanic has alone
 * for 24 hours, then the shop; mini extensions and new issues as sessions of their own that wait
 * for the same mechanic alone for 15 minutes, then for the shop; and who may ask and answer.
 */
class FollowUpsTest extends IntegrationTest {

  @Autowired FollowUps followUps;
  @Autowired FollowUpAnswers answers;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired SessionWatch watch;
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
    parent = completedByAlex();
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  private UUID completedByAlex() {
    as(fixture.customerEmail());
    UUID id = live.request(fixture.request("The brakes squeal when cold."));
    as(fixture.shop().alexEmail());
    queue.claim(id);
    live.end(id);
    return id;
  }

  private Instant endedAt(UUID session) {
    return jdbc.queryForObject(
            "select ended_at from consult_sessions where id = ?", Timestamp.class, session)
        .toInstant();
  }

  private String newCustomer() {
    String email = "other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(email, "Olivier Roy", Roles.CUSTOMER, "a passphrase!");
    return email;
  }

  @Test
  void aQuickQuestionIsAlexsAloneFor24HoursThenAnyMechanicOfTheShopMayAnswerIt() {
    as(fixture.customerEmail());
    UUID question = followUps.ask(parent, "Should I replace the pads before winter?");

    as(fixture.shop().alexEmail());
    assertThat(answers.inbox())
        .singleElement()
        .satisfies(
            open -> {
              assertThat(open.question().id()).isEqualTo(question);
              assertThat(open.yoursAlone()).isTrue();
              assertThat(open.session().id()).isEqualTo(parent);
              assertThat(open.session().vehicle()).isEqualTo("2016 Honda Civic");
            });
    as(fixture.beaEmail());
    assertThat(answers.inbox()).isEmpty();
    assertThatThrownBy(() -> answers.answer(question, "Yes, do it now."))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This question is still reserved for the customer’s own mechanic.");

    clock.advance(FollowUps.QUESTION_RESERVED);
    assertThat(answers.inbox())
        .singleElement()
        .satisfies(open -> assertThat(open.yoursAlone()).isFalse());
    answers.answer(question, "  Yes: they are at 3 mm.  ");

    as(fixture.customerEmail());
    assertThat(followUps.questions(parent))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.answer()).isEqualTo("Yes: they are at 3 mm.");
              assertThat(q.answeredBy()).isEqualTo("Béa Roy");
            });
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_questions q join users u on u.id = q.answered_by"
                    + " where q.id = ? and u.email = ?",
                Integer.class,
                question,
                fixture.beaEmail()))
        .isOne();
    as(fixture.shop().alexEmail());
    assertThat(answers.inbox()).isEmpty();
    assertThatThrownBy(() -> answers.answer(question, "Me too."))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Another mechanic already answered this question.");
  }

  @Test
  void aQuickQuestionIsFreeFor72HoursAfterTheEndAndNotOfferedAfter() {
    as(fixture.customerEmail());
    FollowUps.Options options = followUps.options(parent).orElseThrow();
    assertThat(options.freeUntil()).isEqualTo(endedAt(parent).plus(Duration.ofHours(72)));
    assertThat(options.questionFree()).isTrue();
    assertThat(options.newIssuePrice()).isEqualTo(ConsultFixtures.PRICE);
    assertThat(options.miniPrice()).isEqualTo(new Money(500, "CAD"));

    clock.advance(Duration.ofHours(72).minusSeconds(1));
    assertThat(followUps.options(parent).orElseThrow().questionFree()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(followUps.options(parent).orElseThrow().questionFree()).isFalse();
    assertThatThrownBy(() -> followUps.ask(parent, "Is it safe to drive?"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("free for 72 hours");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_questions where parent_session_id = ?",
                Integer.class,
                parent))
        .isZero();
  }

  @Test
  void oneOpenQuestionAtATimeWithItsLengthCheckedAtItsField() {
    as(fixture.customerEmail());
    assertRefusedAt(() -> followUps.ask(parent, "   "), "question", "Write your question.");
    assertRefusedAt(
        () -> followUps.ask(parent, "x".repeat(FollowUps.MAX_QUESTION + 1)),
        "question",
        "Keep your question to 1000 characters.");
    followUps.ask(parent, "x".repeat(FollowUps.MAX_QUESTION));
    assertThat(followUps.options(parent).orElseThrow().questionOpen()).isTrue();
    assertThatThrownBy(() -> followUps.ask(parent, "And the rotors?"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Your last question is still waiting for its answer.");

    as(fixture.shop().alexEmail());
    UUID open = answers.inbox().getFirst().question().id();
    assertRefusedAt(() -> answers.answer(open, ""), "answer", "Write your answer.");
    assertRefusedAt(
        () -> answers.answer(open, "y".repeat(FollowUpAnswers.MAX_ANSWER + 1)),
        "answer",
        "Keep your answer to 4000 characters.");
    answers.answer(open, "Fine.");

    as(fixture.customerEmail());
    followUps.ask(parent, "And the rotors?");
    assertThat(followUps.questions(parent)).hasSize(2);
  }

  @Test
  void anotherCustomerAndAStrangerMechanicAreRefused() {
    as(newCustomer());
    assertThatThrownBy(() -> followUps.ask(parent, "Mine too?"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> followUps.requestLive(parent, FollowUps.Kind.MINI, "Mine too?"))
        .isInstanceOf(NotFoundException.class);
    assertThat(followUps.options(parent)).isEmpty();
    assertThatThrownBy(() -> followUps.questions(parent)).isInstanceOf(NotFoundException.class);

    as(fixture.customerEmail());
    UUID question = followUps.ask(parent, "Should I replace the pads?");
    ConsultFixtures elsewhere = ConsultFixtures.create(users, shops, membership);
    as(elsewhere.shop().alexEmail());
    clock.advance(FollowUps.QUESTION_RESERVED);
    assertThat(answers.inbox()).isEmpty();
    assertThatThrownBy(() -> answers.answer(question, "Sure."))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSessionThatNeverGotAMechanicHasNoFollowUps() {
    as(fixture.customerEmail());
    UUID left = live.request(fixture.request("It pulls to the left."));
    live.leaveQueue(left);

    assertThat(followUps.options(left)).isEmpty();
    assertThatThrownBy(() -> followUps.ask(left, "Anyone?"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Follow-ups are for sessions a mechanic completed.");
    assertThatThrownBy(() -> followUps.requestLive(left, FollowUps.Kind.NEW_ISSUE, "Anyone?"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aMiniExtensionIsAFiveMinuteSessionAtTheMiniPriceThatWaitsForAlexAloneFor15Minutes() {
    as(fixture.customerEmail());
    UUID mini = followUps.requestLive(parent, FollowUps.Kind.MINI, "One more thing about pads.");

    SessionSummary session = live.get(mini);
    assertThat(session.durationMinutes()).isEqualTo(5);
    assertThat(session.price()).isEqualTo(new Money(500, "CAD"));
    assertThat(session.vehicle()).isEqualTo("2016 Honda Civic");
    assertThat(session.waitLimitMinutes()).isEqualTo(15 + 15);
    assertThat(followUps.parentOf(mini))
        .hasValueSatisfying(link -> assertThat(link.sessionId()).isEqualTo(parent));
    assertThat(followUps.followUpsOf(parent))
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.sessionId()).isEqualTo(mini);
              assertThat(link.kind()).isEqualTo(FollowUps.Kind.MINI);
            });

    as(fixture.beaEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).doesNotContain(mini);
    assertThatThrownBy(() -> queue.claim(mini))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This follow-up waits for the customer’s own mechanic for a few more minutes.");
    as(fixture.shop().alexEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).contains(mini);

    clock.advance(FollowUps.LIVE_RESERVED);
    as(fixture.beaEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).contains(mini);
    queue.claim(mini);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_sessions s join users u on u.id = s.mechanic_id"
                    + " where s.id = ? and s.status = 'ACTIVE' and u.email = ?",
                Integer.class,
                mini,
                fixture.beaEmail()))
        .isOne();
  }

  @Test
  void theShopsDashboardsHearOnceWhenALiveFollowUpsReservationEnds() {
    as(fixture.customerEmail());
    UUID mini = followUps.requestLive(parent, FollowUps.Kind.MINI, "One more thing.");
    String lapsed = "select reservation_lapsed_at from consult_sessions where id = ?";

    watch.lapseReservations();
    assertThat(jdbc.queryForObject(lapsed, Timestamp.class, mini)).isNull();

    clock.advance(FollowUps.LIVE_RESERVED);
    watch.lapseReservations();
    Timestamp stamped = jdbc.queryForObject(lapsed, Timestamp.class, mini);
    assertThat(stamped).isNotNull();
    clock.advance(Duration.ofMinutes(1));
    watch.lapseReservations();
    assertThat(jdbc.queryForObject(lapsed, Timestamp.class, mini)).isEqualTo(stamped);
  }

  @Test
  void aNewIssueIsASessionAtTheServicesPriceThatAlexMayTakeAtOnce() {
    as(fixture.customerEmail());
    UUID issue =
        followUps.requestLive(parent, FollowUps.Kind.NEW_ISSUE, "Now the steering wobbles.");

    SessionSummary session = live.get(issue);
    assertThat(session.durationMinutes()).isEqualTo(20);
    assertThat(session.price()).isEqualTo(ConsultFixtures.PRICE);
    assertThat(session.problem()).isEqualTo("Now the steering wobbles.");
    assertThat(followUps.followUpsOf(parent))
        .singleElement()
        .satisfies(link -> assertThat(link.kind()).isEqualTo(FollowUps.Kind.NEW_ISSUE));

    as(fixture.shop().alexEmail());
    queue.claim(issue);
    assertThat(live.get(issue).status()).isEqualTo(SessionStatus.ACTIVE);
  }

  @Test
  void aLiveFollowUpChecksItsProblemLikeAnyRequest() {
    as(fixture.customerEmail());
    assertRefusedAt(
        () -> followUps.requestLive(parent, FollowUps.Kind.MINI, " "),
        "problem",
        "Describe the problem");
    assertThat(followUps.followUpsOf(parent)).isEmpty();
  }
}
