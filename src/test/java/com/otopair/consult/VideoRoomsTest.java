package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * LiveKit access tokens and webhooks: a token only for a running video session's customer and its
 * claiming mechanic, for that session's room alone, signed with the secret and expiring five
 * minutes after the session's end; webhooks checked against their body. No LiveKit server runs
 * here, so nothing connects to one: the tokens are read back with the secret.
 */
class VideoRoomsTest extends IntegrationTest {

  static final String KEY = "APIotopairTest";
  static final String SECRET = "a-long-secret-that-only-otopair-and-livekit-know";

  @Autowired JdbcTemplate jdbc;
  @Autowired SessionAccess access;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;

  ConsultFixtures fixture;
  VideoRooms rooms;
  UUID video;

  @BeforeEach
  void aVideoSession() {
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
    rooms =
        new VideoRooms(
            new VideoSettings(
                "wss://video.example.test",
                KEY,
                SECRET,
                Duration.ofMinutes(5),
                Duration.ofMinutes(5)),
            access,
            jdbc,
            clock);
    SignIn.as(userDetails, fixture.customerEmail());
    video =
        live.request(
            new LiveSessions.Request(
                fixture.slug(), service, "2016 Honda Civic", "A knock I can film.", List.of()));
  }

  private void claimedByAlex() {
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(video);
  }

  private static DecodedJWT read(String token) {
    return JWT.require(Algorithm.HMAC256(SECRET)).withIssuer(KEY).build().verify(token);
  }

  @Test
  void theCustomerAndTheClaimingMechanicGetATokenForTheSessionsRoomAlone() {
    claimedByAlex();
    VideoRooms.Access mechanic = rooms.join(video);
    SignIn.as(userDetails, fixture.customerEmail());
    VideoRooms.Access customer = rooms.join(video);

    DecodedJWT token = read(customer.token());
    assertThat(token.getSubject()).isEqualTo(fixture.customerId().toString());
    assertThat(token.getClaim("name").asString()).isEqualTo("Emma Tremblay");
    Map<String, Object> grant = token.getClaim("video").asMap();
    assertThat(grant)
        .containsEntry("room", customer.room())
        .containsEntry("roomJoin", true)
        .doesNotContainKey("roomAdmin")
        .doesNotContainKey("roomCreate");
    Instant endsAt = live.get(video).endsAt();
    assertThat(token.getExpiresAtAsInstant())
        .isEqualTo(endsAt.plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS));
    assertThat(customer.url()).isEqualTo("wss://video.example.test");

    assertThat(read(mechanic.token()).getSubject()).isNotEqualTo(token.getSubject());
    assertThat(mechanic.room()).isEqualTo(customer.room());
    assertThat(customer.room()).doesNotContain(video.toString()).startsWith("otopair-");
    assertThat(rooms.roomOf(UUID.randomUUID())).isNotEqualTo(customer.room());
    // Signed with the secret: another secret does not read it.
    assertThatThrownBy(
            () -> JWT.require(Algorithm.HMAC256("another secret")).build().verify(customer.token()))
        .isInstanceOf(JWTVerificationException.class);
  }

  @Test
  void nobodyElseGetsOneAndNotBeforeTheClaimOrAfterTheEnd() {
    assertThatThrownBy(() -> rooms.join(video))
        .isInstanceOf(ConflictException.class)
        .hasMessage("The video call opens once a mechanic joins and closes when the session ends.");
    claimedByAlex();

    SignIn.as(userDetails, fixture.beaEmail());
    assertThatThrownBy(() -> rooms.join(video)).isInstanceOf(NotFoundException.class);
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    assertThatThrownBy(() -> rooms.join(video)).isInstanceOf(NotFoundException.class);

    SignIn.as(userDetails, fixture.customerEmail());
    live.end(video);
    assertThatThrownBy(() -> rooms.join(video)).isInstanceOf(ConflictException.class);
  }

  @Test
  void aChatSessionHasNoRoomAndWithoutLiveKitThereIsNoVideo() {
    live.leaveQueue(video);
    UUID chat = live.request(fixture.request("Only a question."));
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(chat);
    assertThatThrownBy(() -> rooms.join(chat))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This session is a chat, not a video call.");

    VideoRooms unconfigured =
        new VideoRooms(
            new VideoSettings(null, null, null, Duration.ofMinutes(5), Duration.ofMinutes(5)),
            access,
            jdbc,
            clock);
    assertThat(unconfigured.available()).isFalse();
    assertThatThrownBy(() -> unconfigured.join(chat))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Video isn’t set up on Otopair yet; use the chat.");
  }

  @Test
  void aWebhookIsTakenOnlyWhenSignedOverItsOwnBody() throws Exception {
    byte[] body =
        "{\"event\":\"participant_left\",\"room\":{\"name\":\"otopair-x\"}}"
            .getBytes(StandardCharsets.UTF_8);
    String digest =
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
    Instant now = Instant.now();
    String signed =
        JWT.create()
            .withIssuer(KEY)
            .withClaim("sha256", digest)
            .withExpiresAt(now.plusSeconds(60))
            .sign(Algorithm.HMAC256(SECRET));

    rooms.verifyWebhook(signed, body);
    rooms.verifyWebhook("Bearer " + signed, body);

    byte[] tampered = "{\"event\":\"room_finished\"}".getBytes(StandardCharsets.UTF_8);
    String foreign =
        JWT.create()
            .withIssuer(KEY)
            .withClaim("sha256", digest)
            .withExpiresAt(now.plusSeconds(60))
            .sign(Algorithm.HMAC256("not our secret"));
    String stale =
        JWT.create()
            .withIssuer(KEY)
            .withClaim("sha256", digest)
            .withExpiresAt(now.minus(Duration.ofMinutes(10)))
            .sign(Algorithm.HMAC256(SECRET));
    String otherIssuer =
        JWT.create()
            .withIssuer("someone-else")
            .withClaim("sha256", digest)
            .withExpiresAt(now.plusSeconds(60))
            .sign(Algorithm.HMAC256(SECRET));
    for (var refused :
        List.of(
            Map.entry(signed, tampered),
            Map.entry(foreign, body),
            Map.entry(stale, body),
            Map.entry(otherIssuer, body),
            Map.entry("not a token", body))) {
      assertThatThrownBy(() -> rooms.verifyWebhook(refused.getKey(), refused.getValue()))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("This webhook isn’t signed by our video service.");
    }
  }
}
