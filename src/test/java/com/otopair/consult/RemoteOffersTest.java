package com.otopair.consult;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Talk to a mechanic now" lists the remote services of live shops with a mechanic online this
 * minute, and only those. Other tests' shops may be online too: each test reads its own shop.
 */
class RemoteOffersTest extends IntegrationTest {

  @Autowired RemoteOffers offers;
  @Autowired MechanicPresence presence;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;

  @BeforeEach
  void shop() {
    fixture = ConsultFixtures.create(users, shops, membership);
    shops.addOffering(
        fixture.shop().shopId(),
        ScheduleFixtures.service(60, new Money(9000, "CAD"), OfferingMode.IN_SHOP));
    ConsultFixtures.pastEveryHeartbeat(clock);
  }

  private void online(String email) {
    SignIn.as(userDetails, email);
    presence.setOnline(true);
  }

  private List<RemoteOffers.Offer> ours(RemoteOffers.Query query) {
    return offers.onlineNow(query).stream()
        .filter(o -> o.shop().id().equals(fixture.shop().shopId()))
        .toList();
  }

  private UUID remoteService(String name, OfferingMode mode, boolean active) {
    return shops.addOffering(
        fixture.shop().shopId(),
        new Offering(
            null,
            name,
            "Show a mechanic.",
            OfferingCategory.DIAGNOSTICS,
            30,
            new Money(4000, "CAD"),
            mode,
            active));
  }

  @Test
  void aShopIsListedOnlyWhileOneOfItsMechanicsIsOnline() {
    assertThat(ours(RemoteOffers.Query.ANYWHERE)).isEmpty();

    online(fixture.shop().alexEmail());

    List<RemoteOffers.Offer> listed = ours(RemoteOffers.Query.ANYWHERE);
    assertThat(listed).hasSize(1);
    RemoteOffers.Offer offer = listed.getFirst();
    assertThat(offer.service().id()).isEqualTo(fixture.chat());
    assertThat(offer.service().price()).isEqualTo(ConsultFixtures.PRICE);
    assertThat(offer.service().durationMinutes()).isEqualTo(20);
    assertThat(offer.shop().slug()).isEqualTo(fixture.slug());
    assertThat(offer.shop().city()).isEqualTo("Montréal");
    assertThat(offer.mechanicsOnline()).isEqualTo(1);

    online(fixture.beaEmail());
    assertThat(ours(RemoteOffers.Query.ANYWHERE))
        .extracting(RemoteOffers.Offer::mechanicsOnline)
        .containsExactly(2);
  }

  @Test
  void aMechanicSwitchedOffOrGoneTwoMinutesDropsTheShop() {
    online(fixture.shop().alexEmail());
    assertThat(ours(RemoteOffers.Query.ANYWHERE)).hasSize(1);

    clock.advance(MechanicPresence.GONE_AFTER);
    assertThat(ours(RemoteOffers.Query.ANYWHERE)).isEmpty();

    online(fixture.shop().alexEmail());
    assertThat(ours(RemoteOffers.Query.ANYWHERE)).hasSize(1);
    presence.setOnline(false);
    assertThat(ours(RemoteOffers.Query.ANYWHERE)).isEmpty();
  }

  @Test
  void inactiveServicesAndShopsThatAreNotLiveAreLeftOut() {
    remoteService("Video look (paused)", OfferingMode.REMOTE_VIDEO, false);
    online(fixture.shop().alexEmail());
    assertThat(ours(RemoteOffers.Query.ANYWHERE))
        .extracting(o -> o.service().id())
        .containsExactly(fixture.chat());

    jdbc.update(
        "update shops set status = 'DEACTIVATED', deactivation_reason = 'Closed' where id = ?",
        fixture.shop().shopId());

    assertThat(ours(RemoteOffers.Query.ANYWHERE)).isEmpty();
    assertThat(offers.shopsToTalkToNow(Set.of(fixture.shop().shopId()))).isEmpty();
  }

  @Test
  void chatOrVideoAndNearAPlaceNarrowTheList() {
    UUID video = remoteService("Video look", OfferingMode.REMOTE_VIDEO, true);
    online(fixture.shop().alexEmail());

    assertThat(ours(new RemoteOffers.Query(null, OfferingMode.REMOTE_VIDEO)))
        .extracting(o -> o.service().id())
        .containsExactly(video);
    assertThat(ours(new RemoteOffers.Query(null, OfferingMode.REMOTE_CHAT)))
        .extracting(o -> o.service().id())
        .containsExactly(fixture.chat());
    List<RemoteOffers.Offer> nearby = ours(new RemoteOffers.Query("montreal", null));
    assertThat(nearby).hasSize(2);
    assertThat(nearby.getFirst().distanceKm()).isLessThan(RemoteOffers.NEAR_KM);
    assertThat(ours(new RemoteOffers.Query("Vancouver", null))).isEmpty();
    assertRefusedAt(
        () -> offers.onlineNow(new RemoteOffers.Query("Nowhereville", null)),
        "near",
        "We don’t know that city or postal code");
  }

  @Test
  void findsBadgeGoesToShopsWithARemoteServiceAndAMechanicOnline() {
    UUID shop = fixture.shop().shopId();
    assertThat(offers.shopsToTalkToNow(Set.of(shop))).isEmpty();

    online(fixture.shop().alexEmail());

    assertThat(offers.shopsToTalkToNow(Set.of(shop))).containsExactly(shop);
    jdbc.update("update offerings set active = false where id = ?", fixture.chat());
    assertThat(offers.shopsToTalkToNow(Set.of(shop))).isEmpty();
  }
}
