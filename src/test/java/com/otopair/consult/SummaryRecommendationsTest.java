package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.crm.UpsellFixtures;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.support.IntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What consult hands other modules about a customer's past sessions: the repairs their sent
 * summaries recommended, until booked, and how the latest session at each shop ended; only the
 * customer's own.
 */
class SummaryRecommendationsTest extends IntegrationTest {

  @Autowired private ApplicationContext beans;
  @Autowired private SummaryRecommendations recommendations;
  @Autowired private EndedSessions ended;

  private UpsellFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new UpsellFixtures(beans);
  }

  @Test
  void aSentSummarysRepairIsTheCustomersOwnUntilItIsBookedSince() {
    var shop = fixtures.montreal();
    UUID chat =
        fixtures.service(shop, "Chat", OfferingCategory.OTHER, OfferingMode.REMOTE_CHAT, 20, 1900);
    UUID repair = fixtures.service(shop, OfferingCategory.SUSPENSION, 30000);
    UUID me = fixtures.userId(fixtures.customer());
    UUID other = fixtures.userId(fixtures.customer());
    Instant asked = clock.instant().minusSeconds(3 * 24 * 3600);
    UUID session = fixtures.session(shop, me, chat, asked, EndReason.CUSTOMER);
    fixtures.summary(session, repair);
    UUID noRepair = fixtures.session(shop, me, chat, asked.plusSeconds(600), EndReason.CUSTOMER);
    fixtures.summary(noRepair, null);
    fixtures.session(shop, me, chat, asked.plusSeconds(1200), EndReason.CUSTOMER);
    UUID theirs = fixtures.session(shop, other, chat, asked, EndReason.CUSTOMER);
    fixtures.summary(theirs, repair);

    var mine = recommendations.of(me);
    assertThat(mine)
        .extracting(SummaryRecommendations.Recommendation::sessionId)
        .containsExactly(session);
    assertThat(mine.getFirst().shopId()).isEqualTo(shop.id());
    assertThat(mine.getFirst().mechanicName()).isEqualTo("Marc Gagnon");
    assertThat(mine.getFirst().repairServiceId()).isEqualTo(repair);
    assertThat(recommendations.of(other))
        .extracting(SummaryRecommendations.Recommendation::sessionId)
        .containsExactly(theirs);

    // Booked since (after the session ended), by this customer: gone for them, not for the other.
    UUID car = fixtures.vehicle(me, 2019);
    fixtures.booking(
        shop, me, repair, car, "CONFIRMED", clock.instant().plusSeconds(86400), clock.instant());
    assertThat(recommendations.of(me)).isEmpty();
    assertThat(recommendations.of(other)).hasSize(1);
  }

  @Test
  void theLatestEndedSessionAtEachShopIsTheCustomersOwn() {
    var montreal = fixtures.montreal();
    var austin = fixtures.austin();
    UUID chat =
        fixtures.service(
            montreal, "Chat", OfferingCategory.OTHER, OfferingMode.REMOTE_CHAT, 20, 1900);
    UUID video =
        fixtures.service(
            austin, "Video", OfferingCategory.OTHER, OfferingMode.REMOTE_VIDEO, 30, 3500);
    UUID me = fixtures.userId(fixtures.customer());
    UUID other = fixtures.userId(fixtures.customer());
    Instant day = clock.instant().minusSeconds(5 * 24 * 3600);
    fixtures.session(montreal, me, chat, day, EndReason.CUSTOMER);
    UUID lastAtMontreal =
        fixtures.session(montreal, me, chat, day.plusSeconds(3600), EndReason.TIME_UP);
    UUID atAustin = fixtures.session(austin, me, video, day.plusSeconds(7200), EndReason.MECHANIC);
    fixtures.session(montreal, other, chat, day.plusSeconds(9000), EndReason.CUSTOMER);

    var sessions = ended.latestPerShop(me);

    assertThat(sessions)
        .extracting(EndedSessions.EndedSession::sessionId)
        .containsExactly(atAustin, lastAtMontreal);
    var montrealLast = sessions.get(1);
    assertThat(montrealLast.shopId()).isEqualTo(montreal.id());
    assertThat(montrealLast.timeUp()).isTrue();
    assertThat(montrealLast.chatOnly()).isTrue();
    assertThat(montrealLast.durationMinutes()).isEqualTo(20);
    assertThat(sessions.getFirst().chatOnly()).isFalse();
    assertThat(sessions.getFirst().timeUp()).isFalse();
    assertThat(ended.latestPerShop(UUID.randomUUID())).isEmpty();
  }
}
