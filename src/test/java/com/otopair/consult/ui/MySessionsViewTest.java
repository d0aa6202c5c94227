package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The customer's own live sessions: theirs only, the one going on now on top, each opens. */
class MySessionsViewTest extends KaribuTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;

  ConsultFixtures fixture;

  @BeforeEach
  void shop() {
    fixture = ConsultFixtures.create(users, shops, membership);
  }

  private UUID asked(String email, String problem) {
    SignIn.as(userDetails, email);
    return live.request(fixture.request(problem));
  }

  private static List<String> cards() {
    return _get(MySessionsView.class)
        .list
        .getChildren()
        .map(c -> c.getElement().getAttribute("data-session"))
        .toList();
  }

  @Test
  void theCustomerSeesOnlyTheirSessionsWithTheOneGoingOnNowOnTop() {
    UUID waiting = asked(fixture.customerEmail(), "It shakes at 100 km/h.");
    clock.advance(Duration.ofMinutes(1));
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(waiting);
    SignIn.as(userDetails, fixture.customerEmail());
    live.end(waiting);
    clock.advance(Duration.ofMinutes(1));
    UUID now = asked(fixture.customerEmail(), "A squeal when I brake.");
    clock.advance(Duration.ofMinutes(1));
    SignIn.as(userDetails, fixture.customerEmail());
    live.leaveQueue(now);
    clock.advance(Duration.ofMinutes(1));
    UUID current = asked(fixture.customerEmail(), "The battery light flickers.");
    clock.advance(Duration.ofMinutes(1));
    String other = "noah-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    users.createVerifiedUser(other, "Noah Gagnon", "CUSTOMER", "a passphrase!");
    asked(other, "Someone else’s problem.");

    openAs(fixture.customerEmail());
    navigate("my-sessions");

    assertThat(cards()).containsExactly(current.toString(), now.toString(), waiting.toString());
    MySessionsView view = _get(MySessionsView.class);
    String text = view.list.getElement().getTextRecursively();
    assertThat(text)
        .contains("Remote diagnosis at " + membership.shopName(fixture.shop().shopId()))
        .contains("With Alex Martin", "The customer left the queue", "Waiting for a mechanic")
        .doesNotContain("Someone else");

    _click(
        _get(
            (Div) view.list.getChildren().findFirst().orElseThrow(),
            Button.class,
            spec -> spec.withText("Back to the session")));
    assertThat(currentView()).isEqualTo("SessionView");
  }

  @Test
  void withoutSessionsThePageLeadsToFind() {
    openAs(fixture.customerEmail());
    navigate("my-sessions");

    assertThat(
            _get(Div.class, spec -> spec.withId("my-sessions-empty"))
                .getElement()
                .getTextRecursively())
        .contains("You haven’t talked to a mechanic live yet.");
    assertThat(_get(Anchor.class, spec -> spec.withText("Find a shop")).getHref())
        .isEqualTo("find");
  }

  @Test
  void onlyCustomersHaveTheList() {
    signInAs(fixture.shop().alexEmail());
    navigate("my-sessions");
    assertThat(currentView()).isIn("AccessDeniedView", "NotFoundView");
  }

  @Test
  void theListReadsInFrench() {
    asked(fixture.customerEmail(), "It shakes at 100 km/h.");
    openAs(fixture.customerEmail());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("my-sessions");

    String text = textOf(UI.getCurrent());
    assertThat(text)
        .contains("Vos séances en direct", "En attente", "Demandée le", "Retour à la séance");
    assertThat(MISSING_KEY.matcher(text).find()).as(text).isFalse();
  }
}
