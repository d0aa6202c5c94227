package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MessagesKt;
import com.otopair.base.I18n;
import com.otopair.consult.ChatLine;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.ExtraTime;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionChat;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionSummary;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.messages.MessageListItem;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The live-session pages: the intake, the waiting room, the dashboard and the chat, live. */
class ConsultViewsTest extends KaribuTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired SessionChat chat;
  @Autowired ExtraTime extraTime;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;

  @BeforeEach
  void shop() {
    fixture = ConsultFixtures.create(users, shops, membership);
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

  private UUID requestedElsewhere() throws Exception {
    return elsewhere(
        fixture.customerEmail(), () -> live.request(fixture.request("It stalls at red lights.")));
  }

  private static List<String> chatTexts() {
    return _get(ChatPanel.class).list.getItems().stream().map(MessageListItem::getText).toList();
  }

  @Test
  void theCustomerAsksAndLandsInTheWaitingRoom() {
    openAs(fixture.customerEmail());
    navigate("sessions/new/" + fixture.slug() + "/" + fixture.chat());
    AskView ask = _get(AskView.class);
    assertThat(ask.plan.getText())
        .isEqualTo(
            "Remote diagnosis: up to 20 min, free for now. No mechanic is online this minute; you can still wait in line.");

    _setValue(ask.vehicle, "2016 Honda Civic");
    _setValue(ask.problem, "It stalls at red lights.");
    _click(ask.send);

    assertThat(currentView()).isEqualTo("SessionView");
    WaitingRoom room = _get(WaitingRoom.class);
    assertThat(room.position.getText()).isEqualTo("You are next in line.");
    assertThat(_get(SessionView.class).status.getText()).isEqualTo("Waiting");
  }

  @Test
  void aSessionAwaitingItsPaymentSendsBackToThePaymentPageOrLetsTheCustomerGiveUp()
      throws Exception {
    UUID id = requestedElsewhere();
    // As a session is with card payments on, before Stripe holds its price.
    jdbc.update("update consult_sessions set status = 'PAYING' where id = ?", id);
    openAs(fixture.customerEmail());
    navigate("sessions/" + id);

    PaymentPending pending = _get(PaymentPending.class);
    assertThat(_get(SessionView.class).status.getText()).isEqualTo("Awaiting payment");
    assertThat(textOf(pending)).contains("Your session enters the queue once $25.00 CAD is held");
    assertThat(_find(WaitingRoom.class)).isEmpty();

    _click(pending.giveUp);

    assertThat(_get(SessionView.class).status.getText()).isEqualTo("Cancelled");
    assertThat(
            jdbc.queryForObject(
                "select end_reason from consult_sessions where id = ?", String.class, id))
        .isEqualTo("LEFT_QUEUE");
  }

  @Test
  void anEmptyIntakeMarksEveryMissingFieldAtOnce() {
    openAs(fixture.customerEmail());
    navigate("sessions/new/" + fixture.slug() + "/" + fixture.chat());
    AskView ask = _get(AskView.class);

    _click(ask.send);

    assertThat(ask.vehicle.isInvalid()).isTrue();
    assertThat(ask.problem.isInvalid()).isTrue();
    assertThat(ask.problem.getErrorMessage())
        .isEqualTo("Describe the problem, so the mechanic can prepare.");
    assertThat(currentView()).isEqualTo("AskView");
  }

  @Test
  void aNewRequestAppearsOnAnOpenDashboardAndRings() throws Exception {
    openAs(fixture.shop().alexEmail());
    navigate("sessions");
    SessionsView dashboard = _get(SessionsView.class);
    assertThat(dashboard.available.getElement().getTextRecursively())
        .contains("Nobody is waiting right now.");

    UUID id = requestedElsewhere();

    assertThat(
            dashboard.available.getChildren().map(c -> c.getElement().getAttribute("data-session")))
        .containsExactly(id.toString());
    assertThat(dashboard.ringCount.getText()).isEqualTo("1");
  }

  @Test
  void anotherShopsRequestNeitherShowsNorRingsOnTheDashboard() throws Exception {
    openAs(fixture.shop().alexEmail());
    navigate("sessions");
    SessionsView dashboard = _get(SessionsView.class);
    ConsultFixtures other = ConsultFixtures.create(users, shops, membership);

    elsewhere(other.customerEmail(), () -> live.request(other.request("Another shop's car.")));

    assertThat(dashboard.available.getElement().getTextRecursively())
        .contains("Nobody is waiting right now.");
    assertThat(dashboard.ringCount.getText()).isEmpty();
  }

  @Test
  void supportReadsAWaitingSessionWithoutBeingOfferedToTakeIt() throws Exception {
    UUID id = requestedElsewhere();
    openAs(com.otopair.demo.DemoAccounts.ADMIN.email());
    navigate("sessions/" + id);

    SessionView view = _get(SessionView.class);
    assertThat(view.status.getText()).isEqualTo("Waiting");
    assertThat(view.claim.isVisible()).isFalse();
    assertThat(view.end.isVisible()).isFalse();
  }

  @Test
  void aClaimFromTheDashboardOpensTheSessionWithItsTimer() throws Exception {
    UUID id = requestedElsewhere();
    openAs(fixture.shop().alexEmail());
    navigate("sessions");

    _click(
        _get(SessionsView.class)
            .available
            .getChildren()
            .map(Div.class::cast)
            .findFirst()
            .orElseThrow()
            .getChildren()
            .filter(c -> c instanceof com.vaadin.flow.component.button.Button)
            .map(com.vaadin.flow.component.button.Button.class::cast)
            .findFirst()
            .orElseThrow());

    assertThat(currentView()).isEqualTo("SessionView");
    SessionView view = _get(SessionView.class);
    assertThat(view.status.getText()).isEqualTo("Active");
    SessionSummary claimed = live.get(id);
    assertThat(claimed.endsAt()).isEqualTo(claimed.claimedAt().plus(Duration.ofMinutes(20)));
    assertThat(view.timer.getElement().getAttribute("data-ends-at"))
        .isEqualTo(claimed.endsAt().toString());
    assertThat(view.timer.getText()).matches("(20:00|19:[0-5][0-9]) left");
    assertThat(chatTexts()).containsExactly("Alex Martin joined");
    assertThat(view.giveBack.isVisible()).isTrue();
    // Not "Alex Martin is your mechanic": that is the customer's line.
    assertThat(view.people.getElement().getTextRecursively()).isEqualTo("Mechanic: Alex Martin");
  }

  @Test
  void theWaitingRoomShowsTheMechanicAsSoonAsTheyJoin() throws Exception {
    UUID id = requestedElsewhere();
    openAs(fixture.customerEmail());
    navigate("sessions/" + id);
    SessionView view = _get(SessionView.class);

    elsewhere(
        fixture.shop().alexEmail(),
        () -> {
          queue.claim(id);
          return null;
        });

    assertThat(view.status.getText()).isEqualTo("Active");
    assertThat(view.people.getElement().getTextRecursively())
        .isEqualTo("Alex Martin is your mechanic");
    assertThat(chatTexts()).containsExactly("Alex Martin joined");
  }

  @Test
  void theChatIsLiveBothWaysWithPresence() throws Exception {
    UUID id = requestedElsewhere();
    elsewhere(
        fixture.shop().alexEmail(),
        () -> {
          queue.claim(id);
          return null;
        });
    openAs(fixture.customerEmail());
    navigate("sessions/" + id);
    SessionView view = _get(SessionView.class);
    assertThat(view.presence.getText()).isEqualTo("Alex Martin is not on this page right now.");

    elsewhere(
        fixture.shop().alexEmail(),
        () -> {
          chat.connect(id, UUID.randomUUID());
          return chat.post(id, "Hi Emma, does it stall when warm?");
        });
    assertThat(view.presence.getText()).isEqualTo("Alex Martin is here.");
    assertThat(chatTexts()).endsWith("Hi Emma, does it stall when warm?");

    MessagesKt._submit(_get(ChatPanel.class).input, "Only when warm.");

    List<ChatLine> seenByMechanic = elsewhere(fixture.shop().alexEmail(), () -> chat.after(id, 0));
    assertThat(seenByMechanic).extracting(ChatLine::text).endsWith("Only when warm.");
    assertThat(chatTexts()).endsWith("Only when warm.");
  }

  private UUID activeSession() throws Exception {
    UUID id = requestedElsewhere();
    elsewhere(
        fixture.shop().alexEmail(),
        () -> {
          queue.claim(id);
          return null;
        });
    return id;
  }

  @Test
  void theCustomerSeesTheMechanicsOfferLiveAndTakesIt() throws Exception {
    UUID id = activeSession();
    openAs(fixture.customerEmail());
    navigate("sessions/" + id);
    SessionView view = _get(SessionView.class);
    assertThat(view.extraTimeCard.isVisible()).isFalse();

    elsewhere(fixture.shop().alexEmail(), () -> extraTime.offer(id, new BigDecimal("6.25")));

    assertThat(view.extraTimeCard.isVisible()).isTrue();
    assertThat(view.extraTimeCard.text.getText())
        .isEqualTo("Alex Martin offers 5 more minutes, free for now.");
    _click(view.extraTimeCard.accept);

    assertThat(view.extraTimeCard.isVisible()).isFalse();
    SessionSummary now = live.get(id);
    assertThat(now.endsAt()).isEqualTo(now.claimedAt().plus(Duration.ofMinutes(25)));
    assertThat(view.timer.getElement().getAttribute("data-ends-at"))
        .isEqualTo(now.endsAt().toString());
    assertThat(chatTexts()).endsWith("The customer took 5 more minutes.");
  }

  @Test
  void theMechanicOffersAtTheSuggestedPriceAndSeesTheAnswerLive() throws Exception {
    UUID id = activeSession();
    openAs(fixture.shop().alexEmail());
    navigate("sessions/" + id);
    OfferExtraTime form = _get(SessionView.class).offerExtraTime;
    assertThat(form.price.getValue()).isEqualByComparingTo("6.25");

    _click(form.offer);

    assertThat(form.offer.isVisible()).isFalse();
    assertThat(form.status.getText()).isEqualTo("Waiting for the customer’s answer.");
    assertThat(chatTexts()).endsWith("Alex Martin offered 5 more minutes.");

    elsewhere(
        fixture.customerEmail(),
        () -> {
          extraTime.decline(extraTime.pending(id).orElseThrow().id());
          return null;
        });

    assertThat(form.offer.isVisible()).isTrue();
    assertThat(chatTexts()).endsWith("The customer declined the extra time.");
  }

  @Test
  void theDashboardReadsInFrench() {
    openAs(fixture.shop().alexEmail());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("sessions");

    assertThat(_get(SessionsView.class).getElement().getTextRecursively())
        .contains("Séances en direct", "Personne n’attend en ce moment.")
        .doesNotContain("!consult");
  }
}
