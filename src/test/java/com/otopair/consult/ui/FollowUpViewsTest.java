package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.FollowUpAnswers;
import com.otopair.consult.FollowUps;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionWatch;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Follow-ups on the session page and the dashboard: the customer asks (every invalid field marked
 * at once) and reads the answer; the mechanic answers on their dashboard.
 */
class FollowUpViewsTest extends KaribuTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired FollowUps followUps;
  @Autowired FollowUpAnswers answers;
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
    parent =
        as(
            fixture.customerEmail(),
            () -> live.request(fixture.request("The brakes squeal when cold.")));
    as(
        fixture.shop().alexEmail(),
        () -> {
          queue.claim(parent);
          live.end(parent);
          return parent;
        });
  }

  /** Does something as another user, as another browser would, keeping this one signed in. */
  private <T> T as(String email, Supplier<T> action) {
    SecurityContext mine = SecurityContextHolder.getContext();
    SignIn.as(userDetails, email);
    try {
      return action.get();
    } finally {
      SecurityContextHolder.setContext(mine);
    }
  }

  private UUID asked(String question) {
    return as(fixture.customerEmail(), () -> followUps.ask(parent, question));
  }

  @Test
  void theCustomerAsksAQuickQuestionWithEveryInvalidFieldMarkedAtOnce() {
    // 53 h 30 min left, less the seconds this test takes.
    clock.advance(Duration.ofHours(18).plusMinutes(30));
    openAs(fixture.customerEmail());
    navigate("sessions/" + parent);
    FollowUpCard card = _get(FollowUpCard.class);
    assertThat(card.countdown.getText()).isEqualTo("Quick questions are free for 2 days 5 h more.");

    _click(card.ask);
    FollowUpDialog dialog = _get(FollowUpDialog.class);
    assertThat(dialog.kind.getListDataView().getItems())
        .containsExactly(
            FollowUpDialog.Choice.QUESTION,
            FollowUpDialog.Choice.MINI,
            FollowUpDialog.Choice.NEW_ISSUE);
    _click(dialog.send);
    assertThat(dialog.kind.isInvalid()).isTrue();
    assertThat(dialog.kind.getErrorMessage()).isEqualTo("Choose what you would like.");
    assertThat(dialog.text.isInvalid()).isTrue();
    assertThat(dialog.text.getErrorMessage()).isEqualTo("Write what you want to ask.");

    _setValue(dialog.kind, FollowUpDialog.Choice.QUESTION);
    _setValue(dialog.text, "x".repeat(FollowUps.MAX_QUESTION + 1));
    _click(dialog.send);
    assertThat(dialog.kind.isInvalid()).isFalse();
    assertThat(dialog.text.getErrorMessage()).isEqualTo("Keep it to 1000 characters.");

    _setValue(dialog.text, "Should I replace the pads before winter?");
    _click(dialog.send);
    expectNotifications("Your question was sent to Alex Martin.");
    assertThat(dialog.isOpened()).isFalse();
    assertThat(textOf(card))
        .contains(
            "Your question",
            "Should I replace the pads before winter?",
            "Waiting for an answer from the shop.");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_questions where parent_session_id = ?"
                    + " and answered_at is null",
                Integer.class,
                parent))
        .isOne();
  }

  @Test
  void after72HoursTheQuickQuestionIsNoLongerOfferedButTheOtherTwoAre() {
    clock.advance(FollowUps.FREE_WINDOW);
    openAs(fixture.customerEmail());
    navigate("sessions/" + parent);
    FollowUpCard card = _get(FollowUpCard.class);
    assertThat(card.countdown.getText()).startsWith("Free quick questions ended 72 hours after");

    _click(card.ask);
    FollowUpDialog dialog = _get(FollowUpDialog.class);
    assertThat(dialog.kind.getListDataView().getItems())
        .containsExactly(FollowUpDialog.Choice.MINI, FollowUpDialog.Choice.NEW_ISSUE);
    assertThat(dialog.note.isVisible()).isTrue();
    assertThat(textOf(dialog))
        .contains("Mini extension: 5 minutes live, free", "New issue: a new session, free");
  }

  @Test
  void aMiniExtensionOpensItsOwnSessionThatLinksBackToItsParent() {
    openAs(fixture.customerEmail());
    navigate("sessions/" + parent);
    _click(_get(FollowUpCard.class).ask);
    FollowUpDialog dialog = _get(FollowUpDialog.class);
    _setValue(dialog.kind, FollowUpDialog.Choice.MINI);
    _setValue(dialog.text, "One more thing about the pads.");
    _click(dialog.send);

    assertThat(currentView()).isEqualTo("SessionView");
    FollowUpCard card = _get(FollowUpCard.class);
    assertThat(textOf(card.parent)).startsWith("Follow-up to ").endsWith(", Remote diagnosis");
    UUID mini =
        jdbc.queryForObject(
            "select id from consult_sessions where parent_session_id = ?", UUID.class, parent);
    navigate("sessions/" + parent);
    assertThat(textOf(_get(FollowUpCard.class).sessions)).startsWith("Mini extension, asked ");
    assertThat(mini).isNotNull();
  }

  @Test
  void theMechanicAnswersOnTheirDashboard() {
    UUID question = asked("Should I replace the pads before winter?");
    openAs(fixture.shop().alexEmail());
    navigate("sessions");
    SessionsView dashboard = _get(SessionsView.class);
    QuestionInbox.AnswerCard card = _get(dashboard.questions, QuestionInbox.AnswerCard.class);
    assertThat(textOf(card))
        .contains(
            "2016 Honda Civic",
            "The brakes squeal when cold.",
            "Question from Emma Tremblay",
            "Should I replace the pads before winter?",
            "Yours alone until",
            "Open the session");

    _click(card.send);
    assertThat(card.answer.isInvalid()).isTrue();
    assertThat(card.answer.getErrorMessage()).isEqualTo("Write your answer.");

    _setValue(card.answer, "Yes: they are at 3 mm.");
    _click(card.send);
    expectNotifications("Your answer was sent to Emma Tremblay.");
    assertThat(_find(dashboard.questions, QuestionInbox.AnswerCard.class)).isEmpty();
    assertThat(textOf(dashboard.questions)).contains("No follow-up questions right now.");
    assertThat(
            jdbc.queryForObject(
                "select answer from consult_questions where id = ?", String.class, question))
        .isEqualTo("Yes: they are at 3 mm.");
  }

  /** Does something as another user on another thread, as another browser would. */
  private <T> T elsewhere(String email, Supplier<T> action) throws Exception {
    T result =
        CompletableFuture.supplyAsync(
                () -> {
                  SignIn.as(userDetails, email);
                  try {
                    return action.get();
                  } finally {
                    SecurityContextHolder.clearContext();
                  }
                })
            .get();
    runPendingPushes();
    return result;
  }

  @Test
  void aLiveFollowUpRingsOnlyForItsMechanicFirstThenForTheShop() throws Exception {
    openAs(fixture.beaEmail());
    navigate("sessions");
    SessionsView dashboard = _get(SessionsView.class);

    UUID mini =
        elsewhere(
            fixture.customerEmail(),
            () -> followUps.requestLive(parent, FollowUps.Kind.MINI, "One more thing."));
    assertThat(dashboard.ringCount.getText()).isEmpty();
    assertThat(textOf(dashboard.available)).contains("Nobody is waiting right now.");

    clock.advance(FollowUps.LIVE_RESERVED);
    elsewhere(fixture.beaEmail(), () -> watch.lapseReservations());
    assertThat(
            dashboard.available.getChildren().map(c -> c.getElement().getAttribute("data-session")))
        .containsExactly(mini.toString());
    assertThat(dashboard.ringCount.getText()).isEqualTo("1");
  }

  @Test
  void theCustomerReadsTheAnswerOnTheSessionPage() {
    UUID question = asked("Should I replace the pads before winter?");
    as(
        fixture.shop().alexEmail(),
        () -> {
          answers.answer(question, "Yes: they are at 3 mm.");
          return question;
        });

    openAs(fixture.customerEmail());
    navigate("sessions/" + parent);
    FollowUpCard card = _get(FollowUpCard.class);
    assertThat(textOf(card.questions))
        .contains(
            "Should I replace the pads before winter?",
            "Answer from Alex Martin",
            "Yes: they are at 3 mm.")
        .doesNotContain("Waiting for an answer");
  }
}
