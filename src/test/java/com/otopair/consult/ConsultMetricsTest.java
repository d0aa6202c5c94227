package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.CachedCounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Live help's meters: the queue's length, how long a claimed session waited, and how long a chat
 * line took to reach the other party's page.
 */
class ConsultMetricsTest extends IntegrationTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired SessionChat chat;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired MeterRegistry registry;

  ConsultFixtures fixture;

  @BeforeEach
  void shop() {
    fixture = ConsultFixtures.create(users, shops, membership);
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  private UUID requested() {
    as(fixture.customerEmail());
    return live.request(fixture.request("The engine light blinks on the highway."));
  }

  private Timer timer(String name) {
    return registry.get(name).timer();
  }

  private double waiting() {
    return registry.get("otopair.consult.sessions.waiting").gauge().value();
  }

  private void later() {
    clock.advance(CachedCounts.FRESH_FOR.plus(Duration.ofSeconds(1)));
  }

  @Test
  void aRequestWaitsInTheGaugeUntilAMechanicTakesIt() {
    later();
    double before = waiting();
    UUID id = requested();
    later();
    assertThat(waiting()).isEqualTo(before + 1);

    as(fixture.shop().alexEmail());
    queue.claim(id);
    later();
    assertThat(waiting()).isEqualTo(before);
  }

  @Test
  void aClaimRecordsHowLongTheSessionWaited() {
    UUID id = requested();
    long claims = timer("otopair.consult.wait").count();
    double waited = timer("otopair.consult.wait").totalTime(TimeUnit.SECONDS);
    clock.advance(Duration.ofMinutes(3));

    as(fixture.shop().alexEmail());
    queue.claim(id);

    assertThat(timer("otopair.consult.wait").count()).isEqualTo(claims + 1);
    assertThat(timer("otopair.consult.wait").totalTime(TimeUnit.SECONDS) - waited)
        .isBetween(180.0, 3600.0);
  }

  @Test
  void aLineShownOnTheOtherPartysPageCountsItsDeliveryAndTheWritersOwnDoesNot() {
    UUID id = requested();
    as(fixture.shop().alexEmail());
    queue.claim(id);
    chat.post(id, "Does it blink or stay lit?");
    List<ChatLine> lines = chat.after(id, 0);
    long delivered = timer("otopair.chat.delivery").count();

    chat.shown(lines);
    assertThat(timer("otopair.chat.delivery").count()).isEqualTo(delivered);

    as(fixture.customerEmail());
    chat.shown(lines);
    // Alex's line counts; the "joined" notice is Otopair's own, not a delivery.
    assertThat(timer("otopair.chat.delivery").count()).isEqualTo(delivered + 1);
  }

  @Test
  void bothTimersPublishHistogramBuckets() {
    assertThat(timer("otopair.consult.wait").takeSnapshot().histogramCounts()).isNotEmpty();
    assertThat(timer("otopair.chat.delivery").takeSnapshot().histogramCounts()).isNotEmpty();
  }
}
