package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.MechanicPresence;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Talk to a mechanic now": its cards, its empty state, its French, and the ways to it from the
 * landing page and Find, as a visitor who hasn't signed in sees them.
 */
class TalkNowViewTest extends KaribuTest {

  @Autowired MechanicPresence presence;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  ConsultFixtures fixture;

  @BeforeEach
  void shop() {
    fixture = ConsultFixtures.create(users, shops, membership);
    ConsultFixtures.pastEveryHeartbeat(clock);
  }

  /** The mechanic turns their switch on in their own browser; this page stays a visitor's. */
  private void online(String email) {
    SignIn.as(userDetails, email);
    presence.setOnline(true);
    SecurityContextHolder.clearContext();
  }

  private TalkNowCard ourCard() {
    return _find(TalkNowCard.class).stream()
        .filter(card -> card.start.getHref().contains(fixture.slug()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void withNobodyOnlineThePageSaysSoAndLeadsToBookingATime() {
    navigate("talk");

    assertThat(_get(H2.class, spec -> spec.withText("No mechanic is online right now")))
        .isNotNull();
    assertThat(_find(TalkNowCard.class)).isEmpty();
    Anchor find = _get(Anchor.class, spec -> spec.withId("talk-find"));
    assertThat(find.getHref()).isEqualTo("find");
    assertThat(find.getText()).isEqualTo("Find a time to book");
  }

  @Test
  void aCardShowsTheOfferUpFrontAndTalkNowSendsAVisitorToSignInFirst() {
    online(fixture.shop().alexEmail());

    navigate("talk");

    TalkNowCard card = ourCard();
    assertThat(textOf(card))
        .contains(
            "Montréal",
            "Remote diagnosis",
            "Remote chat · up to 20 min · free for now",
            "1 mechanic online");
    assertThat(card.start.getText()).isEqualTo("Talk now");
    assertThat(card.start.getHref())
        .isEqualTo("sessions/new/" + fixture.slug() + "/" + fixture.chat() + "?from=talk");
    assertThat(_get(H2.class, spec -> spec.withId("talk-count")).getText())
        .isEqualTo("1 remote service with a mechanic online");

    navigate(card.start.getHref());
    assertThat(currentView()).isEqualTo("LoginView");
  }

  @Test
  void aMechanicSwitchingOnShowsTheirShopOnTheOpenPageLive() throws Exception {
    navigate("talk?near=Montreal");
    assertThat(_find(TalkNowCard.class))
        .noneMatch(card -> card.start.getHref().contains(fixture.slug()));

    // In the mechanic's own browser, on another thread.
    CompletableFuture.runAsync(() -> online(fixture.shop().alexEmail())).get();
    runPendingPushes();

    assertThat(textOf(ourCard())).contains("1 mechanic online");
  }

  @Test
  void aSignedInCustomerGoesStraightFromACardToTheIntake() {
    online(fixture.shop().alexEmail());
    openAs(fixture.customerEmail());

    navigate("talk?mode=REMOTE_CHAT&near=Montreal");
    navigate(ourCard().start.getHref());

    assertThat(currentView()).isEqualTo("AskView");
  }

  @Test
  void videoOnlyLeavesAChatServiceOut() {
    online(fixture.shop().alexEmail());

    navigate("talk?mode=REMOTE_VIDEO");

    assertThat(_get(TalkNowView.class).mode.getValue()).isEqualTo(OfferingMode.REMOTE_VIDEO);
    assertThat(_find(TalkNowCard.class)).isEmpty();
    assertThat(_get(H2.class, spec -> spec.withText("No mechanic is online right now")))
        .isNotNull();
  }

  @Test
  void aPlaceWeDontKnowIsShownNextToTheFieldInsteadOfAnEmptyList() {
    navigate("talk");
    TalkNowView view = _get(TalkNowView.class);

    _setValue(view.near, "Nowhereville");

    _expectInvalid(
        view.near, "We don’t know that city or postal code yet; try a nearby city from the list.");
    assertThat(view.offers.getChildren()).isEmpty();
  }

  @Test
  void thePageSpeaksFrench() {
    online(fixture.shop().alexEmail());
    UI.getCurrent().setLocale(I18n.FRENCH);

    navigate("talk");

    assertThat(_get(TalkNowView.class).getPageTitle())
        .isEqualTo("Parler à un mécanicien maintenant");
    assertThat(ourCard().start.getText()).isEqualTo("Parler maintenant");
    assertThat(textOf(ourCard())).contains("Clavardage à distance", "1 mécanicien en ligne");
    assertThat(textOf(UI.getCurrent())).doesNotContainPattern(MISSING_KEY);

    navigate("talk?near=Vancouver");
    assertThat(textOf(UI.getCurrent()))
        .contains("Aucun mécanicien n’est en ligne en ce moment", "Trouver un rendez-vous");
  }

  @Test
  void theLandingPageAndFindLeadHere() {
    navigate("");
    Anchor fromLanding = _get(Anchor.class, spec -> spec.withId("landing-talk-now"));
    assertThat(fromLanding.getText()).isEqualTo("Talk to a mechanic now");
    assertThat(fromLanding.getHref()).isEqualTo("talk");

    navigate("find");
    Anchor fromFind = _get(Anchor.class, spec -> spec.withId("find-talk-now"));
    assertThat(fromFind.getText()).isEqualTo("Talk to a mechanic now");
    assertThat(fromFind.getHref()).isEqualTo("talk");

    navigate(fromFind.getHref());
    assertThat(currentView()).isEqualTo("TalkNowView");
  }

  @Test
  void findBadgesAShopWithAMechanicOnlineNow() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID owner =
        users.createVerifiedUser(
            "owner-" + tag + "@example.test", "Olga Owner", Roles.SHOP_OWNER, "a passphrase!");
    UUID shop =
        shops.createLiveShop(
            owner,
            new ShopDraft(
                "Prairie Garage " + tag,
                "prairie-" + tag,
                "100 Jasper Avenue",
                "Edmonton",
                "AB",
                "T5J 0N3",
                "CA",
                "(780) 555-0100",
                "America/Edmonton",
                "We fix things.",
                null,
                null,
                List.of()));
    shops.addOffering(
        shop,
        new Offering(
            null,
            "Remote diagnosis",
            "Tell a mechanic what your car does.",
            OfferingCategory.DIAGNOSTICS,
            20,
            new Money(2500, "CAD"),
            OfferingMode.REMOTE_CHAT,
            true));
    String mechanic = "mechanic-" + tag + "@example.test";
    membership.addMechanic(
        shop, users.createVerifiedUser(mechanic, "Mo Mechanic", Roles.MECHANIC, "a passphrase!"));

    navigate("find?where=Edmonton&km=5");
    assertThat(_find(Badge.class, spec -> spec.withText("Mechanic online now"))).isEmpty();

    online(mechanic);
    navigate("find?where=Edmonton&km=10");
    assertThat(_find(Badge.class, spec -> spec.withText("Mechanic online now"))).hasSize(1);
  }

  @Test
  void findOffersTalkingNowOnAResultWhoseServiceCanStartRemotely() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID owner =
        users.createVerifiedUser(
            "owner-" + tag + "@example.test", "Olga Owner", Roles.SHOP_OWNER, "a passphrase!");
    String slug = "prairie-" + tag;
    UUID shop =
        shops.createLiveShop(
            owner,
            new ShopDraft(
                "Prairie Garage " + tag,
                slug,
                "100 Jasper Avenue",
                "Edmonton",
                "AB",
                "T5J 0N3",
                "CA",
                "(780) 555-0100",
                "America/Edmonton",
                "We fix things.",
                null,
                null,
                List.of()));
    UUID remote =
        shops.addOffering(
            shop,
            new Offering(
                null,
                "Remote diagnosis",
                "Tell a mechanic what your car does.",
                OfferingCategory.DIAGNOSTICS,
                20,
                new Money(2500, "CAD"),
                OfferingMode.REMOTE_CHAT,
                true));
    shops.addOffering(
        shop,
        new Offering(
            null,
            "Oil change",
            "Synthetic oil and a new filter.",
            OfferingCategory.OIL,
            45,
            new Money(8900, "CAD"),
            OfferingMode.IN_SHOP,
            true));
    String mechanic = "mechanic-" + tag + "@example.test";
    membership.addMechanic(
        shop, users.createVerifiedUser(mechanic, "Mo Mechanic", Roles.MECHANIC, "a passphrase!"));

    // Nobody online: no way to talk now.
    navigate("find?where=Edmonton&km=10&service=DIAGNOSTICS");
    assertThat(_find(Anchor.class, spec -> spec.withText("Talk now"))).isEmpty();

    online(mechanic);
    navigate("find?where=Edmonton&km=10&service=DIAGNOSTICS");
    Anchor now = _get(Anchor.class, spec -> spec.withText("Talk now"));
    assertThat(now.getHref()).isEqualTo("sessions/new/" + slug + "/" + remote + "?from=find");
    assertThat(textOf(now.getParent().orElseThrow()))
        .startsWith("Remote diagnosis can start now, from where you are.")
        .endsWith("Talk now");

    // The service shown is done in the shop: the badge says someone is online, no link to talk.
    navigate("find?where=Edmonton&km=10&service=OIL");
    assertThat(_find(Badge.class, spec -> spec.withText("Mechanic online now"))).hasSize(1);
    assertThat(_find(Anchor.class, spec -> spec.withText("Talk now"))).isEmpty();

    // A signed-in customer following it starts the intake, counted by the CRM as from Find.
    String customer = "customer-" + tag + "@example.test";
    UUID customerId =
        users.createVerifiedUser(customer, "Cy Customer", Roles.CUSTOMER, "a passphrase!");
    openAs(customer);
    navigate(now.getHref());
    assertThat(currentView()).isEqualTo("AskView");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForList(
                    "select entry_point from crm_interactions where customer_id = ?"
                        + " and shop_id = ? and kind = 'INTAKE_STARTED'",
                    String.class,
                    customerId,
                    shop),
            entries -> entries.equals(List.of("FIND")));

    // In French.
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("find?where=Edmonton&km=10&service=DIAGNOSTICS");
    Anchor maintenant = _get(Anchor.class, spec -> spec.withText("Parler maintenant"));
    assertThat(textOf(maintenant.getParent().orElseThrow()))
        .contains("Remote diagnosis peut commencer maintenant, où que vous soyez.");
    assertThat(textOf(UI.getCurrent())).doesNotContainPattern(MISSING_KEY);
  }
}
