package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.ResponseTimes;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A mechanic's response time: the median wait from a live session reaching the queue to their
 * claim, over their last 20 claimed sessions, and nothing before their third.
 */
class SessionResponseTimesTest extends IntegrationTest {

  @Autowired ResponseTimes responseTimes;
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

  /** The customer asks, {@code wait} passes, the mechanic claims, and the customer ends it. */
  private void answered(String mechanicEmail, Duration wait) {
    SignIn.as(userDetails, fixture.customerEmail());
    UUID id = live.request(fixture.request("The engine light blinks on the highway."));
    clock.advance(wait);
    SignIn.as(userDetails, mechanicEmail);
    queue.claim(id);
    SignIn.as(userDetails, fixture.customerEmail());
    live.end(id);
    clock.advance(Duration.ofMinutes(1));
  }

  @Test
  void theMedianWaitShowsFromTheThirdClaimedSession() {
    UUID alex = fixture.shop().alex();
    answered(fixture.shop().alexEmail(), Duration.ofMinutes(1));
    answered(fixture.shop().alexEmail(), Duration.ofMinutes(10));

    assertThat(responseTimes.typical(alex)).as("two sessions say nothing yet").isEmpty();

    answered(fixture.shop().alexEmail(), Duration.ofSeconds(150));

    // The test clock follows real time too: a claim comes a few milliseconds after the wait.
    assertThat(responseTimes.typical(alex))
        .hasValueSatisfying(
            median ->
                assertThat(median).isBetween(Duration.ofSeconds(150), Duration.ofSeconds(152)));
    assertThat(responseTimes.typical(fixture.shop().bea()))
        .as("another mechanic of the shop has claimed nothing")
        .isEmpty();
  }

  @Test
  void onlyTheLastTwentyClaimedSessionsCount() {
    UUID alex = fixture.shop().alex();
    for (int i = 0; i < 12; i++) {
      answered(fixture.shop().alexEmail(), Duration.ofMinutes(10));
    }
    for (int i = 0; i < 11; i++) {
      answered(fixture.shop().alexEmail(), Duration.ofMinutes(1));
    }

    // Of all 23 the median is 10 minutes; of the last 20 (11 quick, 9 slow) it is 1 minute.
    assertThat(responseTimes.typical(alex))
        .hasValueSatisfying(
            median -> assertThat(median).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(62)));
  }
}
