package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.EndReason;
import com.otopair.consult.ExtraTime;
import com.otopair.consult.ExtraTimeOffer;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionPayments;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionRefundRequested;
import com.otopair.consult.SessionSummary;
import com.otopair.consult.SessionSupport;
import com.otopair.consult.SessionWatch;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.MutableClock;
import com.otopair.support.SignIn;
import com.otopair.support.TestClockConfiguration;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Live sessions paid by card, against the local Stripe stub: the price is held on Stripe's page
 * before the session enters the queue, captured when it ends, released when nobody claims it in
 * time or the customer leaves; an unpaid session never blocks its customer; webhooks twice and the
 * end racing the expiry move the money once.
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
      "spring.mail.host=127.0.0.1",
      StripeFixtures.SECRET_KEY,
      StripeFixtures.WEBHOOK_SECRET
    })
@Import(TestClockConfiguration.class)
// Its own context installs its own security holder: run after the tests of the shared context.
@Order(FreshDatabaseTest.ORDER - 1)
class StripeSessionsTest {

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
  @Autowired SessionWatch watch;
  @Autowired SessionSettlements settlements;
  @Autowired SessionRefunds refunds;
  @Autowired SessionSupport support;
  @Autowired ExtraTime extraTime;
  @Autowired SessionPayments sessionPayments;
  @Autowired AdminPayments adminPayments;
  @Autowired CustomerPayments customerPayments;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  final ExecutorService pool = Executors.newFixedThreadPool(20);
  ConsultFixtures fixture;

  @BeforeEach
  void onlinePayments() {
    STRIPE.reset();
    STRIPE.forwardEventsTo(StripeFixtures.webhookUrl(port), StripeFixtures.SECRET);
    fixture = ConsultFixtures.create(users, shops, membership);
  }

  @AfterEach
  void signOut() {
    pool.shutdownNow();
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

  private record Asked(UUID id, String checkout) {}

  /** The customer asks for a session and is sent to Stripe's payment page. */
  private Asked asked() {
    as(fixture.customerEmail());
    UUID id = live.request(fixture.request("The engine light blinks on the highway."));
    String page = live.paymentPage(id).orElseThrow();
    assertThat(page).startsWith(STRIPE.baseUrl() + "/pay/");
    return new Asked(id, page.substring(page.lastIndexOf('/') + 1));
  }

  /** The customer pays on Stripe's page; the session enters the queue. */
  private UUID paid() {
    Asked asked = asked();
    STRIPE.pay(asked.checkout());
    await(() -> status(asked.id()), s -> s.equals("WAITING"));
    return asked.id();
  }

  private UUID claimed() {
    UUID id = paid();
    as(fixture.shop().alexEmail());
    queue.claim(id);
    return id;
  }

  /** The mechanic offers five more minutes at {@code price}; the customer is signed in after. */
  private ExtraTimeOffer offered(UUID session, String price) {
    as(fixture.shop().alexEmail());
    ExtraTimeOffer offer = extraTime.offer(session, new BigDecimal(price));
    as(fixture.customerEmail());
    return offer;
  }

  /** The Stripe intents charged on their own for the extra time of {@code offer}. */
  private List<String> extraCharges(UUID offer) {
    return STRIPE.idempotencyKeys("POST", "/v1/payment_intents").stream()
        .filter(key -> key.equals("extra-" + offer))
        .toList();
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

  private Map<String, Object> paymentOnceIt(UUID session, String status) {
    return await(() -> payment(session), p -> status.equals(p.get("status")));
  }

  @Test
  void theSessionEntersTheQueueOnlyOnceItsPriceIsHeldOnStripesPage() {
    Asked asked = asked();

    assertThat(status(asked.id())).isEqualTo("PAYING");
    assertThat(live.get(asked.id()).free()).isFalse();
    assertThat(STRIPE.checkoutRequest(asked.checkout()))
        .containsEntry("payment_intent_data[capture_method]", "manual")
        .containsEntry("line_items[0][price_data][unit_amount]", "2500")
        .containsEntry("line_items[0][price_data][currency]", "cad")
        .containsEntry("success_url", "http://otopair.test/sessions/" + asked.id());
    as(fixture.shop().alexEmail());
    assertThat(queue.available()).extracting(SessionSummary::id).doesNotContain(asked.id());

    STRIPE.pay(asked.checkout());

    await(() -> status(asked.id()), s -> s.equals("WAITING"));
    assertThat(payment(asked.id())).containsEntry("status", "AUTHORIZED");
    assertThat(queue.available()).extracting(SessionSummary::id).containsExactly(asked.id());
    as(fixture.customerEmail());
    assertThat(live.positionInQueue(asked.id())).isEqualTo(1);
    assertThat(live.paymentPage(asked.id())).isEmpty();
  }

  @Test
  void endingTheSessionCapturesItsPriceOnce() {
    UUID id = claimed();
    as(fixture.customerEmail());

    live.end(id);

    Map<String, Object> captured = paymentOnceIt(id, "CAPTURED");
    assertThat(captured).containsEntry("captured_minor", 2500L);
    String intent = (String) captured.get("payment_intent_id");
    assertThat(STRIPE.paymentIntent(intent)).containsEntry("status", "succeeded");
    assertThat(STRIPE.idempotencyKeys("POST", "/v1/payment_intents/" + intent + "/capture"))
        .containsExactly("capture-" + captured.get("id") + "-2500");
  }

  @Test
  void supportsRefundOfAnEndedSessionIsCarriedOutAtStripeOnceEvenWhenItsListenerRunsAgain() {
    UUID id = claimed();
    as(fixture.customerEmail());
    live.end(id);
    paymentOnceIt(id, "CAPTURED");
    String supportEmail =
        "support-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    UUID admin =
        users.createVerifiedUser(supportEmail, "Sam Support", Roles.ADMIN, "a passphrase!");
    as(supportEmail);

    support.refund(id, new Money(1000, "CAD"), "The chat dropped twice.");

    UUID paymentId = (UUID) payment(id).get("id");
    await(
        () ->
            jdbc.queryForObject(
                "select count(*) from payment_refunds where payment_id = ? and amount_minor = 1000"
                    + " and status = 'DONE'",
                Integer.class,
                paymentId),
        n -> n == 1);
    refunds.refund(
        new SessionRefundRequested(id, new Money(1000, "CAD"), "The chat dropped twice.", admin));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from payment_refunds where payment_id = ?",
                Integer.class,
                paymentId))
        .isEqualTo(1);
  }

  @Test
  void nobodyClaimingItWithinTheWaitLimitReleasesTheHold() {
    UUID id = paid();
    clock.advance(Duration.ofMinutes(LiveSessions.DEFAULT_WAIT_LIMIT_MINUTES + 1));

    watch.expireUnclaimed();

    assertThat(status(id)).isEqualTo("EXPIRED");
    Map<String, Object> released = paymentOnceIt(id, "CANCELLED");
    assertThat(released).containsEntry("released_minor", 2500L).containsEntry("captured_minor", 0L);
    String intent = (String) released.get("payment_intent_id");
    assertThat(STRIPE.paymentIntent(intent)).containsEntry("status", "canceled");
    assertThat(STRIPE.requestCount("POST", "/v1/payment_intents/" + intent + "/capture")).isZero();
  }

  @Test
  void leavingTheQueueReleasesTheHold() {
    UUID id = paid();
    as(fixture.customerEmail());

    live.leaveQueue(id);

    Map<String, Object> released = paymentOnceIt(id, "CANCELLED");
    String intent = (String) released.get("payment_intent_id");
    assertThat(STRIPE.paymentIntent(intent)).containsEntry("status", "canceled");
    assertThat(STRIPE.idempotencyKeys("POST", "/v1/payment_intents/" + intent + "/cancel"))
        .containsExactly("release-" + released.get("id"));
  }

  @Test
  void aPaymentPageThatExpiresUnpaidExpiresTheSessionAndNeverBlocksTheCustomer() {
    Asked first = asked();

    STRIPE.expire(first.checkout());

    await(() -> status(first.id()), s -> s.equals("EXPIRED"));
    assertThat(live.get(first.id()).endReason()).isEqualTo(EndReason.NOT_PAID);
    Asked second = asked();
    assertThat(status(second.id())).isEqualTo("PAYING");
  }

  @Test
  void askingAgainBeforePayingGivesUpTheUnpaidSessionAndClosesItsPage() {
    Asked first = asked();

    Asked second = asked();

    assertThat(status(first.id())).isEqualTo("CANCELLED");
    assertThat(status(second.id())).isEqualTo("PAYING");
    await(() -> STRIPE.checkoutSession(first.checkout()).get("status"), "expired"::equals);
    paymentOnceIt(first.id(), "EXPIRED");
  }

  @Test
  void aSessionLeftOnThePaymentPageExpiresOnTheWatch() {
    Asked asked = asked();
    STRIPE.stopForwarding();
    clock.advance(SessionWatch.UNPAID_AFTER.plusMinutes(1));

    watch.expireUnpaid();

    assertThat(status(asked.id())).isEqualTo("EXPIRED");
    await(() -> STRIPE.checkoutSession(asked.checkout()).get("status"), "expired"::equals);
  }

  @Test
  void theSameCheckoutWebhookTwiceQueuesTheSessionOnce() throws Exception {
    STRIPE.stopForwarding();
    Asked asked = asked();
    STRIPE.pay(asked.checkout());
    String completed =
        StripeStub.event("checkout.session.completed", STRIPE.checkoutSession(asked.checkout()));

    assertThat(post(completed).statusCode()).isEqualTo(200);
    HttpResponse<String> again = post(completed);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("duplicate");
    await(() -> status(asked.id()), s -> s.equals("WAITING"));
    await(
        () ->
            jdbc.queryForObject(
                "select count(*) from stripe_events where processed_at is null", Integer.class),
        n -> n == 0);
    assertThat(payment(asked.id())).containsEntry("status", "AUTHORIZED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from stripe_events where object_id = ?",
                Integer.class,
                asked.checkout()))
        .isEqualTo(1);
  }

  @Test
  void theEndAndTheExpiryOfTheSameSessionAtOnceMoveTheMoneyOnce() throws Exception {
    UUID id = claimed();
    String intent = (String) payment(id).get("payment_intent_id");
    SecurityContextHolder.clearContext();
    var start = new CountDownLatch(1);
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean end = i % 2 == 0;
      runs.add(
          pool.submit(
              () -> {
                start.await();
                if (end) {
                  settlements.sessionEnded(id);
                } else {
                  settlements.sessionGivenUp(id);
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> run : runs) {
      run.get();
    }

    Map<String, Object> settled = payment(id);
    assertThat(settled.get("status")).isIn("CAPTURED", "CANCELLED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from payments where subject_kind = 'SESSION' and subject_id = ?"
                    + " and captured_minor + released_minor = amount_minor",
                Integer.class,
                id))
        .isEqualTo(1);
    assertThat(
            STRIPE.requestCount("POST", "/v1/payment_intents/" + intent + "/capture")
                + STRIPE.requestCount("POST", "/v1/payment_intents/" + intent + "/cancel"))
        .isEqualTo(1);
  }

  @Test
  void acceptedExtraTimeIsChargedOnItsOwnOnTheSameCardAndTheReceiptShowsIt() throws Exception {
    UUID id = claimed();
    Map<String, Object> held = payment(id);
    String first = (String) held.get("payment_intent_id");
    ExtraTimeOffer offer = offered(id, "10.00");

    extraTime.accept(offer.id());

    assertThat(extraCharges(offer.id())).hasSize(1);
    Map<String, Object> extra =
        jdbc.queryForMap(
            "select p.extra_minor, e.intent_id, e.amount_minor from payments p"
                + " join payment_extras e on e.payment_id = p.id where p.id = ?",
            held.get("id"));
    assertThat(extra).containsEntry("extra_minor", 1000L).containsEntry("amount_minor", 1000L);
    Map<String, Object> charged = STRIPE.paymentIntent((String) extra.get("intent_id"));
    assertThat(charged)
        .containsEntry("amount", 1000L)
        .containsEntry("status", "succeeded")
        .containsEntry("customer", STRIPE.paymentIntent(first).get("customer"))
        .containsEntry("payment_method", STRIPE.paymentIntent(first).get("payment_method"));
    assertThat((String) charged.get("description")).contains("extra time");
    assertThat(STRIPE.paymentIntent(first)).containsEntry("status", "requires_capture");

    live.end(id);

    paymentOnceIt(id, "CAPTURED");
    as(admin().email());
    PaymentView view = adminPayments.payment((UUID) held.get("id"));
    assertThat(view.captured()).isEqualTo(new Money(2500, "CAD"));
    assertThat(view.extra()).isEqualTo(new Money(1000, "CAD"));
    assertThat(view.paid()).isEqualTo(new Money(3500, "CAD"));
    assertThat(view.refundable()).isEqualTo(new Money(3500, "CAD"));
    as(fixture.customerEmail());
    String receipt =
        OfflinePaymentsTest.text(
                customerPayments.invoice((UUID) held.get("id"), Locale.CANADA).content())
            .replaceAll("\\s+", " ");
    assertThat(receipt)
        .contains("Receipt")
        .contains("Extra time")
        .contains("$10.00")
        .containsPattern("Total \\$35\\.00")
        .containsPattern("Paid \\$35\\.00");
  }

  @Test
  void theSameOfferChargedAgainOrManyTimesAtOnceReachesStripeOnce() throws Exception {
    UUID id = claimed();
    UUID again = UUID.randomUUID();
    UUID atOnce = UUID.randomUUID();
    Money price = new Money(625, "CAD");
    SecurityContextHolder.clearContext();

    sessionPayments.chargeExtra(id, again, price);
    sessionPayments.chargeExtra(id, again, price);
    var start = new CountDownLatch(1);
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      runs.add(
          pool.submit(
              () -> {
                start.await();
                sessionPayments.chargeExtra(id, atOnce, price);
                return null;
              }));
    }
    start.countDown();
    for (Future<?> run : runs) {
      run.get();
    }

    assertThat(extraCharges(again)).hasSize(1);
    assertThat(extraCharges(atOnce)).hasSize(1);
    assertThat(STRIPE.requestCount("POST", "/v1/payment_intents")).isEqualTo(2);
    UUID paymentId = (UUID) payment(id).get("id");
    assertThat(
            jdbc.queryForObject(
                "select extra_minor from payments where id = ?", Long.class, paymentId))
        .isEqualTo(1250L);
    assertThat(
            jdbc.queryForList(
                "select amount_minor from payment_extras where payment_id = ? order by position",
                Long.class,
                paymentId))
        .containsExactly(625L, 625L);
  }

  @Test
  void aDeclinedCardUndoesTheAcceptanceAndTellsTheCustomerInTheirLanguage() {
    UUID id = claimed();
    Instant endsAt = live.get(id).endsAt();
    ExtraTimeOffer offer = offered(id, "10.00");
    STRIPE.declineNextCharge();

    InvalidRequestException refused = refusal(() -> extraTime.accept(offer.id()));

    assertThat(refused.getMessage())
        .isEqualTo("The card was declined, so the extra time wasn’t added.");
    assertThat(I18n.in(I18n.FRENCH, refused::getMessage))
        .isEqualTo("La carte a été refusée, donc le temps supplémentaire n’a pas été ajouté.");
    assertThat(extraCharges(offer.id())).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select state from consult_extensions where id = ?", String.class, offer.id()))
        .isEqualTo("OFFERED");
    assertThat(
            jdbc.queryForObject(
                "select ends_at from consult_sessions where id = ?", Instant.class, id))
        .isEqualTo(endsAt);
    UUID paymentId = (UUID) payment(id).get("id");
    assertThat(
            jdbc.queryForObject(
                "select extra_minor from payments where id = ?", Long.class, paymentId))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from payment_extras where payment_id = ?",
                Integer.class,
                paymentId))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from payment_facts where fact = ?",
                Integer.class,
                "session-extra:" + offer.id()))
        .isZero();
  }

  @Test
  void supportsRefundOfASessionGivesItsExtraTimeBackFromEachCharge() {
    UUID id = claimed();
    extraTime.accept(offered(id, "10.00").id());
    extraTime.accept(offered(id, "5.00").id());
    live.end(id);
    UUID paymentId = (UUID) paymentOnceIt(id, "CAPTURED").get("id");
    String first = (String) payment(id).get("payment_intent_id");
    List<String> extras =
        jdbc.queryForList(
            "select intent_id from payment_extras where payment_id = ? order by position",
            String.class,
            paymentId);
    Admin support = admin();
    UUID admin = support.id();
    as(support.email());
    // Support may give back all it cost, and no more.
    assertThat(this.support.refundable(id)).isEqualTo(new Money(4000, "CAD"));
    assertThatThrownBy(() -> this.support.refund(id, new Money(4001, "CAD"), "Too much."))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Refund more than nothing and at most $40.00 CAD.");

    // 30.00 of 40.00: the session's 25.00 and 5.00 of the first extra time; then the rest.
    refunds.refund(new SessionRefundRequested(id, new Money(3000, "CAD"), "Video froze.", admin));
    refunds.refund(new SessionRefundRequested(id, new Money(1000, "CAD"), "The rest.", admin));

    await(
        () ->
            jdbc.queryForObject(
                "select refunded_minor from payments where id = ?", Long.class, paymentId),
        n -> n == 4000L);
    assertThat(payment(id)).containsEntry("status", "REFUNDED");
    assertThat(refundedAtStripe(first)).isEqualTo(2500L);
    assertThat(refundedAtStripe(extras.get(0))).isEqualTo(1000L);
    assertThat(refundedAtStripe(extras.get(1))).isEqualTo(500L);
  }

  /** What Stripe refunded of an intent, from its refunds. */
  private long refundedAtStripe(String intent) {
    return STRIPE.ids("refund").stream()
        .map(STRIPE::refund)
        .filter(r -> intent.equals(r.get("payment_intent")))
        .mapToLong(r -> (Long) r.get("amount"))
        .sum();
  }

  private static InvalidRequestException refusal(Runnable action) {
    try {
      action.run();
    } catch (InvalidRequestException refused) {
      return refused;
    }
    throw new AssertionError("Not refused");
  }

  private record Admin(UUID id, String email) {}

  /** An admin of this test's own (its context has no demo data). */
  private Admin admin() {
    String email = "support-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    return new Admin(
        users.createVerifiedUser(email, "Sam Support", Roles.ADMIN, "a passphrase!"), email);
  }

  private HttpResponse<String> post(String payload) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(StripeFixtures.webhookUrl(port)))
            .header("Content-Type", "application/json")
            .header(
                "Stripe-Signature",
                StripeStub.signature(
                    payload, StripeFixtures.SECRET, Instant.now().getEpochSecond()))
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build();
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
