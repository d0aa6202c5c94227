package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * LiveKit's webhooks over HTTP, through the application's security filters: a signed event moves
 * the presence in a running video session's call, and the page hears of it; an unsigned, tampered
 * or stale one is refused with 401, a body that is no event with 400, a room of no running session
 * with 404, all as problem+json; an event delivered twice, or several times at once, counts once,
 * and an older event never undoes a newer one. Presence is read in SQL.
 */
class VideoWebhooksTest extends IntegrationTest {

  static final String PATH = "/api/webhooks/livekit";
  static final MediaType WEBHOOK_JSON = MediaType.parseMediaType("application/webhook+json");

  @Autowired WebApplicationContext context;
  @Autowired VideoSettings settings;
  @Autowired VideoRooms rooms;
  @Autowired VideoWebhooks webhooks;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  MockMvc mvc;
  ConsultFixtures fixture;
  UUID video;
  String room;
  UUID alex;
  long second = Instant.now().getEpochSecond();

  @BeforeEach
  void aRunningVideoSession() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    fixture = ConsultFixtures.create(users, shops, membership);
    UUID service =
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
    SignIn.as(userDetails, fixture.customerEmail());
    video =
        live.request(
            new LiveSessions.Request(
                fixture.slug(), service, "2016 Honda Civic", "A knock I can film.", List.of()));
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(video);
    room = rooms.join(video).room();
    alex = live.get(video).mechanicId();
  }

  private String event(String kind, @Nullable UUID participant, long createdAt) {
    return LiveKitEvents.event(kind, room, participant, createdAt);
  }

  private static String sign(String body, String key, String secret, Instant expires) {
    return LiveKitEvents.sign(body, key, secret, expires);
  }

  private String signed(String body) {
    return LiveKitEvents.signed(body, settings);
  }

  private ResultActions deliver(String body, @Nullable String authorization) throws Exception {
    var request =
        post(PATH).contentType(WEBHOOK_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return mvc.perform(request);
  }

  private Map<UUID, Boolean> inCall() {
    Map<UUID, Boolean> presence = new java.util.HashMap<>();
    jdbc.query(
        "select user_id, in_call from consult_video_presence where session_id = ?",
        row -> {
          presence.put(row.getObject("user_id", UUID.class), row.getBoolean("in_call"));
        },
        video);
    return presence;
  }

  private void refused(ResultActions answer, int status) throws Exception {
    answer
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.detail").isString());
  }

  @Test
  void aSignedEventMovesWhoIsInTheCallAndThePageHearsOfIt() throws Exception {
    String joined = event("participant_joined", alex, second);
    deliver(joined, signed(joined))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.received").value(true));
    assertThat(inCall()).containsExactly(Map.entry(alex, true));
    SignIn.as(userDetails, fixture.customerEmail());
    assertThat(rooms.callPresence(video)).containsExactly(Map.entry(alex, true));

    String customerJoined = event("participant_joined", fixture.customerId(), second + 1);
    deliver(customerJoined, "Bearer " + signed(customerJoined)).andExpect(status().isOk());
    String left = event("participant_left", alex, second + 2);
    deliver(left, signed(left)).andExpect(status().isOk());
    assertThat(inCall())
        .containsOnly(Map.entry(alex, false), Map.entry(fixture.customerId(), true));

    String back = event("participant_joined", alex, second + 3);
    deliver(back, signed(back)).andExpect(status().isOk());
    assertThat(inCall()).containsEntry(alex, true);

    String finished = event("room_finished", null, second + 4);
    deliver(finished, signed(finished)).andExpect(status().isOk());
    assertThat(inCall())
        .containsOnly(Map.entry(alex, false), Map.entry(fixture.customerId(), false));
  }

  @Test
  void anEventDeliveredTwiceOrLateChangesNothingTwice() throws Exception {
    String joined = event("participant_joined", alex, second + 10);
    deliver(joined, signed(joined)).andExpect(status().isOk());
    deliver(joined, signed(joined))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.duplicate").value(true));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_video_presence where session_id = ?",
                Long.class,
                video))
        .isEqualTo(1L);

    // An older "left", arriving after the newer "joined", does not take Alex out of the call.
    String olderLeft = event("participant_left", alex, second);
    deliver(olderLeft, signed(olderLeft)).andExpect(status().isOk());
    assertThat(inCall()).containsExactly(Map.entry(alex, true));
    assertThat(
            jdbc.queryForObject(
                "select event_at from consult_video_presence where session_id = ?",
                Instant.class,
                video))
        .isEqualTo(Instant.ofEpochSecond(second + 10));
  }

  @Test
  void theSameEventDeliveredEightTimesAtOnceIsAppliedOnce() throws Exception {
    String left = event("participant_left", alex, second);
    String authorization = signed(left);
    byte[] body = left.getBytes(StandardCharsets.UTF_8);
    int threads = 8;
    var start = new CountDownLatch(1);
    List<Future<VideoWebhooks.Outcome>> outcomes = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(threads)) {
      for (int i = 0; i < threads; i++) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  return webhooks.receive(authorization, body);
                }));
      }
      start.countDown();
      List<VideoWebhooks.Outcome> results = new ArrayList<>();
      for (Future<VideoWebhooks.Outcome> outcome : outcomes) {
        results.add(outcome.get());
      }
      assertThat(results)
          .containsOnly(VideoWebhooks.Outcome.APPLIED, VideoWebhooks.Outcome.DUPLICATE)
          .filteredOn(VideoWebhooks.Outcome.APPLIED::equals)
          .hasSize(1);
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_video_events where event_id = ?",
                Long.class,
                left.substring(left.indexOf("EV_"), left.indexOf("EV_") + 39)))
        .isEqualTo(1L);
    assertThat(inCall()).containsExactly(Map.entry(alex, false));
  }

  @Test
  void unsignedTamperedForeignAndStaleWebhooksAreRefusedWith401() throws Exception {
    String left = event("participant_left", alex, second);
    refused(deliver(left, null), 401);
    refused(deliver(left, ""), 401);
    refused(deliver(left, "Bearer not-a-token"), 401);
    String tampered = left.replace("participant_left", "participant_joined");
    refused(deliver(tampered, signed(left)), 401);
    refused(
        deliver(
            left, sign(left, settings.apiKey(), "another secret", Instant.now().plusSeconds(300))),
        401);
    refused(
        deliver(
            left, sign(left, "another key", settings.apiSecret(), Instant.now().plusSeconds(300))),
        401);
    Instant longAgo = Instant.now().minus(settings.webhookTolerance()).minusSeconds(60);
    refused(deliver(left, sign(left, settings.apiKey(), settings.apiSecret(), longAgo)), 401);
    assertThat(inCall()).isEmpty();
  }

  @Test
  void aSignedBodyThatIsNoEventIs400AndAnUnknownRoomIs404() throws Exception {
    for (String body :
        List.of(
            "not json",
            "",
            "[1,2]",
            "{\"event\":\"participant_left\"}",
            "{\"event\":\"participant_left\",\"room\":{\"name\":\"" + room + "\"}}",
            event("participant_left", alex, second).replace("\"" + second + "\"", "\"soon\""))) {
      refused(deliver(body, signed(body)), 400);
    }
    String elsewhere = event("participant_left", alex, second).replace(room, "otopair-elsewhere");
    refused(deliver(elsewhere, signed(elsewhere)), 404);
    assertThat(inCall()).isEmpty();
  }
}
