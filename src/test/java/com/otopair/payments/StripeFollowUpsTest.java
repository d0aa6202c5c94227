package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.FollowUps;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionSummary;
import com.otopair.consult.SessionWatch;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.MutableClock;
import com.otopair.support.SignIn;
import com.otopair.support.TestClockConfiguration;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Paid follow-ups against the local Stripe stub: a mini extension is held at the payments module's
 * small price, its mechanic has it alone for 15 minutes counted from the payment, and one nobody
 * takes expires the usual way and releases its hold.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "otopair.embedded-postgres.data-directory=",
      "otopair.embedded-postgres.port=0",
      "otopair.demo.enabled=false",
      "otopair.outbox.retry-interval=PT1S",
      "otopair.outbox.min-age=PT1S",
      "otopair.outbox.backoff=PT1S",
      "otopair.public-url=http://otopair.test",
      "otopair.files.directory=target/test-files",
      "otopair.payments.mini-extension-minor=700",
      "spring.mail.host=127.0.0.1",
      StripeFixtures.SECRET_KEY,
      StripeFixtures.WEBHOOK_SECRET
    })
@Import(TestClockConfiguration.class)
// Its own context installs its own security holder: run after the tests of the shared context.
@Order(FreshDatabaseTest.ORDER - 1)
class StripeFollowUpsTest {

  static final StripeStub STRIPE = StripeStub.start();

  @DynamicPropertySource
  static void stripe(DynamicPropertyRegistry registry) {
    StripeFixtures.register(registry, STRIPE);
  }

  @AfterAll
  static void stopStripe() {
    STRIPE.stop();
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired FollowUps followUps;
  @Autowired SessionWatch watch;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;
  UUID parent;

  @BeforeEach
  void aPaidSessionAlexCompleted() {
    STRIPE.reset();
    STRIPE.forwardEventsTo(StripeFixtures.webhookUrl(port), StripeFixtures.SECRET);
    fixture = ConsultFixtures.create(users, shops, membership);
    as(fixture.customerEmail());
    parent = live.request(fixture.request("The brakes squeal when cold."));
    pay(parent);
    as(fixture.shop().alexEmail());
    queue.claim(parent);
    live.end(parent);
    await(() -> payment(parent).get("status"), "CAPTURED"::equals);
  }

  @AfterEach
  void signOut() {
    clock.reset();
    SecurityContextHolder.clearContext();
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  private <T> T await(Supplier<T> read, Predicate<T> done) {
    return Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(read::get, done::test);
  }

  /** The customer pays the session's price on Stripe's page; it enters the queue. */
  private String pay(UUID session) {
    as(fixture.customerEmail());
    String page = live.paymentPage(session).orElseThrow();
    String checkout = page.substring(page.lastIndexOf('/') + 1);
    STRIPE.pay(checkout);
    await(() -> status(session), "WAITING"::equals);
    return checkout;
  }

  private String status(UUID session) {
    return jdbc.queryForObject(
        "select status from consult_sessions where id = ?", String.class, session);
  }

  private Map<String, Object> payment(UUID session) {
    return jdbc.queryForMap(
        "select id, status, amount_minor, captured_minor, released_minor, payment_intent_id"
            + " from payments where subject_kind = 'SESSION' and subject_id = ?",
        session);
  }

  private Duration reservedAfterQueued(UUID session) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "select queued_at, reserved_until from consult_sessions where id = ?", session);
    return Duration.between(
        ((Timestamp) row.get("queued_at")).toInstant(),
        ((Timestamp) row.get("reserved_until")).toInstant());
  }

  @Test
  void aMiniExtensionIsHeldAtThePaymentsPriceAndIsItsMechanicsAloneFor15MinutesAfterPaying() {
    as(fixture.customerEmail());
    UUID mini = followUps.requestLive(parent, FollowUps.Kind.MINI, "One more thing.");
    assertThat(status(mini)).isEqualTo("PAYING");
    // Ten minutes on the payment page (the clock stays: Stripe's webhooks are signed with now).
    jdbc.update(
        "update consult_sessions set requested_at = requested_at - interval '10 minutes',"
            + " queued_at = queued_at - interval '10 minutes',"
            + " reserved_until = reserved_until - interval '10 minutes' where id = ?",
        mini);

    String checkout = pay(mini);

    assertThat(STRIPE.checkoutRequest(checkout))
        .containsEntry("line_items[0][price_data][unit_amount]", "700");
    assertThat(payment(mini)).containsEntry("status", "AUTHORIZED");
    assertThat(reservedAfterQueued(mini)).isEqualTo(FollowUps.LIVE_RESERVED);
    as(fixture.beaEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).doesNotContain(mini);
    as(fixture.shop().alexEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).contains(mini);

    as(fixture.customerEmail());
    live.leaveQueue(mini);
    await(() -> payment(mini).get("status"), "CANCELLED"::equals);
  }

  @Test
  void aPaidFollowUpNobodyTakesExpiresAndReleasesItsHold() {
    as(fixture.customerEmail());
    UUID issue = followUps.requestLive(parent, FollowUps.Kind.NEW_ISSUE, "Now it wobbles.");
    pay(issue);
    assertThat(payment(issue)).containsEntry("amount_minor", 2500L);

    clock.advance(FollowUps.LIVE_RESERVED.plusMinutes(LiveSessions.DEFAULT_WAIT_LIMIT_MINUTES));
    watch.expireUnclaimed();

    assertThat(status(issue)).isEqualTo("EXPIRED");
    Map<String, Object> released =
        await(() -> payment(issue), p -> "CANCELLED".equals(p.get("status")));
    assertThat(released).containsEntry("released_minor", 2500L).containsEntry("captured_minor", 0L);
    String intent = (String) released.get("payment_intent_id");
    assertThat(STRIPE.paymentIntent(intent)).containsEntry("status", "canceled");
    assertThat(STRIPE.requestCount("POST", "/v1/payment_intents/" + intent + "/capture")).isZero();
  }
}
