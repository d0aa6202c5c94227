package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.LiveKitEvents;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.VideoRooms;
import com.otopair.consult.VideoSettings;
import com.otopair.consult.VideoWebhooks;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Video on the session page, with LiveKit configured (no LiveKit runs; nothing connects): the call
 * for a running video session's customer and mechanic only, with the words the browser shows; none
 * for a chat; the camera and microphone check in a video session's waiting room; what LiveKit's
 * webhooks say about the other side, live on the page; and the owner's menu has nothing to explain.
 */
class VideoViewsTest extends KaribuTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired VideoRooms rooms;
  @Autowired VideoWebhooks webhooks;
  @Autowired VideoSettings settings;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;

  ConsultFixtures fixture;
  UUID videoService;

  @BeforeEach
  void aShopWithAVideoService() {
    fixture = ConsultFixtures.create(users, shops, membership);
    videoService =
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

  private UUID requested(UUID service) throws Exception {
    return elsewhere(
        fixture.customerEmail(),
        () ->
            live.request(
                new LiveSessions.Request(
                    fixture.slug(),
                    service,
                    "2016 Honda Civic",
                    "A knock I can film.",
                    List.of())));
  }

  private UUID claimed(UUID service) throws Exception {
    UUID id = requested(service);
    elsewhere(
        fixture.shop().alexEmail(),
        () -> {
          queue.claim(id);
          return id;
        });
    return id;
  }

  private static JsonNode property(LiveKitRoom room, String name) {
    return (JsonNode) Objects.requireNonNull(room.getElement().getPropertyRaw(name));
  }

  @Test
  void theCustomerAndTheMechanicOfARunningVideoSessionGetItsCallBesideTheChat() throws Exception {
    UUID id = claimed(videoService);
    for (String email : List.of(fixture.customerEmail(), fixture.shop().alexEmail())) {
      openAs(email);
      navigate("sessions/" + id);

      SessionView view = _get(SessionView.class);
      assertThat(view.videoRoom.isVisible()).isTrue();
      LiveKitRoom room = _get(LiveKitRoom.class);
      assertThat(property(room, "access").get("url").asString()).isEqualTo("ws://127.0.0.1:9");
      assertThat(property(room, "access").get("token").asString()).isNotBlank();
      assertThat(property(room, "labels").get("unreachable").asString())
          .isEqualTo(
              "We can’t reach the video service right now. Keep going in the chat below, or try"
                  + " again.");
      // The chat stays, as the fallback.
      assertThat(_get(ChatPanel.class).isVisible()).isTrue();
    }
    assertThat(property(_get(LiveKitRoom.class), "labels").get("waiting").asString())
        .isEqualTo("Emma Tremblay hasn’t joined the video yet. You can keep writing below.");
  }

  @Test
  void theShopsOtherPeopleSeeNoCallAndAChatSessionHasNone() throws Exception {
    UUID id = claimed(videoService);
    for (String email : List.of(fixture.shop().ownerEmail(), fixture.beaEmail())) {
      openAs(email);
      navigate("sessions/" + id);
      if (currentView().equals("SessionView")) {
        assertThat(_get(SessionView.class).videoRoom.isVisible()).isFalse();
      }
      assertThat(_find(LiveKitRoom.class)).isEmpty();
    }
    elsewhere(
        fixture.customerEmail(),
        () -> {
          live.end(id);
          return id;
        });

    UUID chat = claimed(fixture.chat());
    openAs(fixture.customerEmail());
    navigate("sessions/" + chat);
    assertThat(_get(SessionView.class).videoRoom.isVisible()).isFalse();
    assertThat(_find(LiveKitRoom.class)).isEmpty();
    assertThat(_get(ChatPanel.class).isVisible()).isTrue();
  }

  @Test
  void theCallGoesWhenTheSessionEnds() throws Exception {
    UUID id = claimed(videoService);
    openAs(fixture.customerEmail());
    navigate("sessions/" + id);
    assertThat(_find(LiveKitRoom.class)).hasSize(1);

    _click(_get(SessionView.class).end);

    assertThat(_get(SessionView.class).videoRoom.isVisible()).isFalse();
    assertThat(_find(LiveKitRoom.class)).isEmpty();
  }

  @Test
  void aVideoSessionsWaitingRoomChecksTheCameraAndMicrophoneAndAChatsDoesNot() throws Exception {
    UUID video = requested(videoService);
    openAs(fixture.customerEmail());
    navigate("sessions/" + video);
    WaitingRoom room = _get(WaitingRoom.class);
    DeviceCheck check = _get(room, DeviceCheck.class);
    JsonNode labels = (JsonNode) check.getElement().getPropertyRaw("labels");
    assertThat(labels.get("start").asString()).isEqualTo("Test camera and mic");
    assertThat(labels.get("denied").asString())
        .isEqualTo(
            "Your browser blocked the camera and microphone: allow them in the address bar, then"
                + " check again.");
    assertThat(labels.get("none").asString())
        .isEqualTo("We found no camera or microphone on this device; you can still use the chat.");
    live.leaveQueue(video);

    UUID chat = requested(fixture.chat());
    navigate("sessions/" + chat);
    _get(WaitingRoom.class);
    assertThat(_find(DeviceCheck.class)).isEmpty();
  }

  @Test
  void whatLiveKitSaysAboutTheOtherSideShowsLiveOnThePage() throws Exception {
    UUID id = claimed(videoService);
    openAs(fixture.customerEmail());
    navigate("sessions/" + id);
    Paragraph presence = _get(SessionView.class).videoRoom.presence;
    assertThat(presence.isVisible()).isFalse();
    String room = rooms.join(id).room();
    UUID alex = fixture.shop().alex();
    String mechanic = Objects.requireNonNull(live.get(id).mechanicName());
    long now = Instant.now().getEpochSecond();

    deliver(LiveKitEvents.event("participant_joined", room, alex, now));
    assertThat(presence.isVisible()).isTrue();
    assertThat(presence.getText()).isEqualTo(mechanic + " is in the video call.");

    deliver(LiveKitEvents.event("participant_left", room, alex, now + 1));
    assertThat(presence.getText()).isEqualTo(mechanic + " left the video call.");

    deliver(LiveKitEvents.event("participant_joined", room, alex, now + 2));
    assertThat(presence.getText()).isEqualTo(mechanic + " is in the video call.");
  }

  private void deliver(String body) throws Exception {
    CompletableFuture.runAsync(
            () ->
                webhooks.receive(
                    LiveKitEvents.signed(body, settings), body.getBytes(StandardCharsets.UTF_8)))
        .get();
    runPendingPushes();
  }

  @Test
  void withLiveKitConfiguredTheOwnersMenuOffersVideoWithoutANote() {
    openAs(fixture.shop().ownerEmail());
    navigate("shop/" + fixture.shop().shopId() + "/settings");
    assertThat(currentView()).isEqualTo("ShopSettingsView");
    assertThat(_find(Paragraph.class, spec -> spec.withId("video-off-note"))).isEmpty();
  }
}
