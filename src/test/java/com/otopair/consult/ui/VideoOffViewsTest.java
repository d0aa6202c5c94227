package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.otopair.base.NotFoundException;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.MechanicPresence;
import com.otopair.consult.RemoteOffers;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.AppRoutes;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Without LiveKit (a fresh machine: no {@code OTOPAIR_LIVEKIT_*}), video services are not offered:
 * not on the shop's page, not on "talk to a mechanic now", not through a direct link to the intake
 * (which says why); and the owner's service menu explains what video calls need.
 */
@Order(FreshDatabaseTest.ORDER)
class VideoOffViewsTest extends FreshDatabaseTest {

  @Autowired ApplicationContext context;
  @Autowired ServiceMenu menu;
  @Autowired RemoteOffers offers;
  @Autowired LiveSessions live;
  @Autowired MechanicPresence presence;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;

  ConsultFixtures fixture;
  UUID video;

  @BeforeEach
  void aShopWithChatAndVideo() {
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(AppRoutes.all(), context, uiFactory));
    fixture = ConsultFixtures.create(users, shops, membership);
    video =
        shops.addOffering(
            fixture.shop().shopId(),
            new Offering(
                null,
                "Video diagnosis",
                "Show a mechanic what your car does.",
                OfferingCategory.DIAGNOSTICS,
                20,
                ConsultFixtures.PRICE,
                OfferingMode.REMOTE_VIDEO,
                true));
    SignIn.as(userDetails, fixture.shop().alexEmail());
    presence.setOnline(true);
    SecurityContextHolder.clearContext();
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
    SecurityContextHolder.clearContext();
  }

  private List<UUID> ours(RemoteOffers.Query query) {
    return offers.onlineNow(query).stream()
        .filter(o -> o.shop().id().equals(fixture.shop().shopId()))
        .map(o -> o.service().id())
        .toList();
  }

  @Test
  void videoServicesAreLeftOffTheMenusAndTalkNowAndCannotBeAskedFor() {
    assertThat(menu.videoAvailable()).isFalse();
    assertThat(menu.publicMenu(fixture.shop().shopId()))
        .extracting(Offering::id)
        .contains(fixture.chat())
        .doesNotContain(video);
    assertThat(menu.publicMenus(List.of(fixture.shop().shopId())).get(fixture.shop().shopId()))
        .extracting(Offering::id)
        .doesNotContain(video);
    assertThat(ours(RemoteOffers.Query.ANYWHERE)).containsExactly(fixture.chat());
    assertThat(ours(new RemoteOffers.Query(null, OfferingMode.REMOTE_VIDEO))).isEmpty();
    assertThat(live.remoteService(fixture.slug(), video)).isEmpty();
    assertThat(live.videoUnavailable(video)).isTrue();
    assertThat(live.videoUnavailable(fixture.chat())).isFalse();

    SignIn.as(userDetails, fixture.customerEmail());
    assertThatThrownBy(
            () ->
                live.request(
                    new LiveSessions.Request(
                        fixture.slug(), video, "2016 Honda Civic", "A knock.", List.of())))
        .isInstanceOf(NotFoundException.class);

    // The owner still has it on their own menu.
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    assertThat(menu.forOwner(fixture.shop().shopId())).extracting(Offering::id).contains(video);
  }

  @Test
  void pagesLeaveVideoOutAndADirectLinkSaysItIsUnavailable() {
    UI.getCurrent().navigate("shops/" + fixture.slug());
    assertThat(textOf(UI.getCurrent()))
        .contains("Remote diagnosis")
        .doesNotContain("Video diagnosis");
    UI.getCurrent().navigate("talk");
    assertThat(textOf(UI.getCurrent()))
        .contains("Remote diagnosis")
        .doesNotContain("Video diagnosis");

    KaribuTest.signInToVaadin(userDetails, fixture.customerEmail());
    UI.getCurrent().navigate("sessions/new/" + fixture.slug() + "/" + video);
    assertThat(_get(Paragraph.class, spec -> spec.withId("video-unavailable")).getText())
        .isEqualTo(
            "Video calls aren’t available on Otopair right now; ask this shop by chat instead.");
    assertThat(_find(AskView.class).getFirst().send.isAttached()).isFalse();

    // A link to a service that never existed is still not found.
    UI.getCurrent().navigate("sessions/new/" + fixture.slug() + "/" + UUID.randomUUID());
    assertThat(_find(AskView.class)).isEmpty();
  }

  @Test
  void theOwnersMenuSaysWhatVideoCallsNeed() {
    KaribuTest.signInToVaadin(userDetails, fixture.shop().ownerEmail());
    UI.getCurrent().navigate("shop/" + fixture.shop().shopId() + "/settings");
    assertThat(_get(Paragraph.class, spec -> spec.withId("video-off-note")).getText())
        .isEqualTo(
            "Video calls need LiveKit to be configured (OTOPAIR_LIVEKIT_URL,"
                + " OTOPAIR_LIVEKIT_API_KEY and OTOPAIR_LIVEKIT_API_SECRET); until then, your"
                + " video services are not offered to customers.");
  }
}
