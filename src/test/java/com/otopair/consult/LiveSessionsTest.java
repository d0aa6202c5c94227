package com.otopair.consult;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.NotFoundException;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A live session's life: asked for, waiting, claimed, given back, ended, and who may do what. */
class LiveSessionsTest extends IntegrationTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired SessionChat chat;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired ScheduleProvisioning schedules;
  @Autowired BookingHolds holds;

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

  private String statusOf(UUID id) {
    return jdbc.queryForObject(
        "select status from consult_sessions where id = ?", String.class, id);
  }

  @Test
  void aRequestWaitsInTheShopsQueueAtItsPriceForItsTime() {
    UUID id = requested();

    SessionSummary session = live.get(id);
    assertThat(session.status()).isEqualTo(SessionStatus.WAITING);
    assertThat(session.price()).isEqualTo(ConsultFixtures.PRICE);
    assertThat(session.durationMinutes()).isEqualTo(20);
    assertThat(session.free()).isTrue();
    assertThat(session.waitLimitMinutes()).isEqualTo(15);
    assertThat(live.positionInQueue(id)).isEqualTo(1);

    as(fixture.shop().alexEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).containsExactly(id);
  }

  @Test
  void theQueueIsOldestFirstAndEachCustomerKnowsTheirPlace() {
    UUID first = requested();
    clock.advance(Duration.ofSeconds(30));
    String other = "other-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    users.createVerifiedUser(other, "Noah Gagnon", "CUSTOMER", "a passphrase!");
    as(other);
    UUID second = live.request(fixture.request("A squeal when I brake."));

    assertThat(live.positionInQueue(second)).isEqualTo(2);
    as(fixture.shop().alexEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).containsExactly(first, second);
  }

  @Test
  void aCustomerWaitsInOneQueueAtATime() {
    requested();

    assertThatThrownBy(() -> live.request(fixture.request("Again.")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("You are already waiting for a mechanic; leave that queue first.");
  }

  @Test
  void aClaimStartsTheTimerAndTellsTheCustomerWhoJoined() {
    UUID id = requested();
    as(fixture.shop().alexEmail());

    queue.claim(id);

    SessionSummary session = live.get(id);
    assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
    assertThat(session.mechanicName()).isEqualTo("Alex Martin");
    assertThat(session.endsAt()).isEqualTo(session.claimedAt().plus(Duration.ofMinutes(20)));
    as(fixture.customerEmail());
    assertThat(chat.after(id, 0)).extracting(ChatLine::text).containsExactly("Alex Martin joined");
    assertThat(queue_availableFor(fixture.beaEmail())).isEmpty();
  }

  private List<SessionSummary> queue_availableFor(String email) {
    as(email);
    return queue.available();
  }

  @Test
  void aSecondClaimIsToldAnotherMechanicTookIt() {
    UUID id = requested();
    as(fixture.shop().alexEmail());
    queue.claim(id);

    as(fixture.beaEmail());
    assertThatThrownBy(() -> queue.claim(id))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Another mechanic took this session.");
  }

  @Test
  void aMechanicOfAnotherShopCannotSeeOrClaimTheSession() {
    UUID id = requested();
    ConsultFixtures other = ConsultFixtures.create(users, shops, membership);
    as(other.shop().alexEmail());

    assertThatThrownBy(() -> queue.claim(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> live.get(id)).isInstanceOf(NotFoundException.class);
    assertThat(queue.available()).isEmpty();
    assertThat(statusOf(id)).isEqualTo("WAITING");
  }

  @Test
  void anotherCustomerCannotSeeTheSession() {
    UUID id = requested();
    ConsultFixtures other = ConsultFixtures.create(users, shops, membership);
    as(other.customerEmail());

    assertThatThrownBy(() -> live.get(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> chat.after(id, 0)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> live.leaveQueue(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aMechanicInTwoSessionsAtOnceIsRefused() {
    UUID first = requested();
    as(fixture.shop().alexEmail());
    queue.claim(first);
    String other = "other-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    users.createVerifiedUser(other, "Noah Gagnon", "CUSTOMER", "a passphrase!");
    as(other);
    UUID second = live.request(fixture.request("A squeal when I brake."));

    as(fixture.shop().alexEmail());
    assertThatThrownBy(() -> queue.claim(second))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Finish your current session before you claim another.");
    assertThat(statusOf(second)).isEqualTo("WAITING");
  }

  @Test
  void aMechanicInAnInShopBookingRightNowCannotClaimUntilItIsOver() {
    BookingFixtures garage = BookingFixtures.create(users, shops, membership, schedules);
    ConsultFixtures consult = ConsultFixtures.at(garage.shop(), users, shops, membership);
    ZoneId toronto = ZoneId.of("America/Toronto");
    Instant nine = TestDays.nextMonday(clock, toronto).atTime(9, 0).atZone(toronto).toInstant();
    as(BookingFixtures.customers(users, 1).getFirst());
    BookingSummary held =
        holds.hold(garage.shop().shopId(), garage.oilChange(), garage.shop().alex(), nine);
    holds.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", null, ""),
            "Oil light on",
            "+1 514 555 0123"));
    clock.advance(Duration.between(clock.instant(), nine.plus(Duration.ofMinutes(10))));
    as(consult.customerEmail());
    UUID id = live.request(consult.request("The oil light came on."));

    as(garage.shop().alexEmail());
    assertThatThrownBy(() -> queue.claim(id))
        .isInstanceOf(ConflictException.class)
        .hasMessage("You are in an in-shop booking right now; claim sessions once it is over.");
    assertThat(statusOf(id)).isEqualTo("WAITING");

    clock.advance(Duration.ofMinutes(50));
    queue.claim(id);
    assertThat(statusOf(id)).isEqualTo("ACTIVE");
  }

  @Test
  void leavingTheQueueCancelsTheSessionAndAClaimAfterwardsIsRefused() {
    UUID id = requested();

    live.leaveQueue(id);

    assertThat(statusOf(id)).isEqualTo("CANCELLED");
    as(fixture.shop().alexEmail());
    assertThatThrownBy(() -> queue.claim(id))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This customer is no longer waiting.");
  }

  @Test
  void aReleasedSessionGoesBackToTheQueueWithTheReasonInTheChat() {
    UUID id = requested();
    as(fixture.shop().alexEmail());
    queue.claim(id);

    queue.release(id, "This needs a transmission specialist.");

    assertThat(statusOf(id)).isEqualTo("WAITING");
    as(fixture.beaEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).containsExactly(id);
    queue.claim(id);
    assertThat(live.get(id).mechanicName()).isEqualTo("Béa Roy");
    assertThat(chat.after(id, 0))
        .extracting(ChatLine::text)
        .containsExactly(
            "Alex Martin joined",
            "Alex Martin gave the session back: This needs a transmission specialist.",
            "Béa Roy joined");
  }

  @Test
  void aReleaseNeedsAReason() {
    UUID id = requested();
    as(fixture.shop().alexEmail());
    queue.claim(id);

    assertRefusedAt(() -> queue.release(id, "  "), "reason", "Say why");
    assertRefusedAt(() -> queue.release(id, "x".repeat(501)), "reason", "500 characters");
    assertRefusedAt(() -> queue.release(id, "bad\u0007bell"), "reason", "");
    assertThat(statusOf(id)).isEqualTo("ACTIVE");
  }

  @Test
  void whenTheCustomerEndsTheSessionTheChatBecomesReadOnly() {
    UUID id = requested();
    as(fixture.shop().alexEmail());
    queue.claim(id);
    chat.post(id, "Hi Emma, which light is it?");
    as(fixture.customerEmail());
    chat.post(id, "The orange engine one.");

    live.end(id);

    SessionSummary session = live.get(id);
    assertThat(session.status()).isEqualTo(SessionStatus.ENDED);
    assertThat(session.endReason()).isEqualTo(EndReason.CUSTOMER);
    assertThatThrownBy(() -> chat.post(id, "One more thing"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This session has ended; its chat is read-only.");
    assertThat(chat.after(id, 0))
        .extracting(ChatLine::text)
        .containsExactly(
            "Alex Martin joined",
            "Hi Emma, which light is it?",
            "The orange engine one.",
            "The customer ended the session.");
  }

  @Test
  void theIntakeRefusesBadInputNextToItsField() {
    as(fixture.customerEmail());
    assertRefusedAt(
        () ->
            live.request(
                new LiveSessions.Request(fixture.slug(), fixture.chat(), " ", "x", List.of())),
        "vehicle",
        "which vehicle");
    assertRefusedAt(
        () ->
            live.request(
                new LiveSessions.Request(fixture.slug(), fixture.chat(), "Civic", "  ", List.of())),
        "problem",
        "Describe the problem");
    assertRefusedAt(
        () ->
            live.request(
                new LiveSessions.Request(
                    fixture.slug(), fixture.chat(), "Civic", "y".repeat(2001), List.of())),
        "problem",
        "2000 characters");
    assertRefusedAt(
        () ->
            live.request(
                new LiveSessions.Request(
                    fixture.slug(), fixture.chat(), "Civic", "noise", List.of(new byte[] {1, 2}))),
        "photos",
        "");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_sessions where customer_id = ?",
                Integer.class,
                fixture.customerId()))
        .isZero();
  }

  @Test
  void anInShopServiceCannotBeAskedForAsALiveSession() {
    as(fixture.customerEmail());
    assertThatThrownBy(
            () ->
                live.request(
                    new LiveSessions.Request(
                        fixture.slug(), UUID.randomUUID(), "Civic", "noise", List.of())))
        .isInstanceOf(NotFoundException.class);
  }
}
