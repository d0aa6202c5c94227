package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Money;
import com.otopair.payments.gateway.PaymentFailedException;
import com.otopair.payments.gateway.PaymentGateway.CheckoutRequest;
import com.otopair.payments.gateway.PaymentGateway.CheckoutStatus;
import com.otopair.payments.gateway.StripeGateway;
import com.otopair.payments.gateway.StripeSettings;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link StripeGateway} against the local Stripe stub, over real HTTP with stripe-java. */
class StripeGatewayTest {

  private static final String WEBHOOK_SECRET = StripeFixtures.SECRET;
  private static final String SHOP_ACCOUNT = "acct_test_shop";

  private static StripeStub stripe;
  private static StripeGateway gateway;

  @BeforeAll
  static void startStripe() {
    stripe = StripeStub.start();
    gateway = new StripeGateway(settings(stripe.baseUrl(), 2));
  }

  @AfterAll
  static void stopStripe() {
    stripe.stop();
  }

  @BeforeEach
  void freshStripe() {
    stripe.reset();
  }

  @Test
  void checkoutAuthorizesTheAmountForManualCaptureAndSendsItToTheShopLessTheFee() {
    var paymentId = UUID.randomUUID();

    var checkout = gateway.openCheckout(request(paymentId, SHOP_ACCOUNT, 850));

    assertThat(checkout.url()).isEqualTo(stripe.baseUrl() + "/pay/" + checkout.sessionId());
    var session = stripe.checkoutSession(checkout.sessionId());
    assertThat(session)
        .containsEntry("status", "open")
        .containsEntry("amount_total", 8500L)
        .containsEntry("currency", "cad")
        .containsEntry("customer_email", "ana@example.com")
        .containsEntry("client_reference_id", paymentId.toString())
        .containsEntry("metadata", Map.of("payment_id", paymentId.toString()));
    assertThat(stripe.checkoutRequest(checkout.sessionId()))
        .containsEntry("line_items[0][price_data][product_data][name]", "Brake pads, front axle")
        .containsEntry("line_items[0][quantity]", "1")
        .containsEntry("customer_creation", "always")
        .containsEntry("payment_intent_data[capture_method]", "manual")
        .containsEntry("payment_intent_data[setup_future_usage]", "off_session")
        .containsEntry("payment_intent_data[metadata][payment_id]", paymentId.toString())
        .containsEntry("payment_intent_data[transfer_data][destination]", SHOP_ACCOUNT)
        .containsEntry("payment_intent_data[application_fee_amount]", "850");

    stripe.pay(checkout.sessionId());

    var intent =
        stripe.paymentIntent(
            (String) stripe.checkoutSession(checkout.sessionId()).get("payment_intent"));
    assertThat(intent)
        .containsEntry("status", "requires_capture")
        .containsEntry("capture_method", "manual")
        .containsEntry("application_fee_amount", 850L)
        .containsEntry("transfer_data", Map.of("destination", SHOP_ACCOUNT));
  }

  @Test
  void openingTheSameCheckoutTwiceGivesTheSameSession() {
    var paymentId = UUID.randomUUID();

    var first = gateway.openCheckout(request(paymentId, null, 0));
    var second = gateway.openCheckout(request(paymentId, null, 0));

    assertThat(second).isEqualTo(first);
    assertThat(stripe.ids("checkout.session")).containsExactly(first.sessionId());
    assertThat(stripe.idempotencyKeys("POST", "/v1/checkout/sessions"))
        .containsExactly("checkout-" + paymentId, "checkout-" + paymentId);
  }

  @Test
  void aPaidCheckoutIsCompleteWithTheAuthorizedAmountAndTheCard() {
    var checkout = gateway.openCheckout(request(UUID.randomUUID(), null, 0));
    assertThat(gateway.checkout(checkout.sessionId()).status()).isEqualTo(CheckoutStatus.OPEN);

    stripe.pay(checkout.sessionId());

    var state = gateway.checkout(checkout.sessionId());
    assertThat(state.status()).isEqualTo(CheckoutStatus.COMPLETE);
    assertThat(state.paymentIntentId()).startsWith("pi_test_");
    assertThat(state.amountMinor()).isEqualTo(8500);
    assertThat(state.cardBrand()).isEqualTo("visa");
    assertThat(state.cardLast4()).isEqualTo("4242");
    assertThat(stripe.requestCount("GET", "/v1/charges"))
        .as("card read from the expansion")
        .isZero();
  }

  @Test
  void captureTakesPartOfTheAuthorization() {
    var intentId = paidIntent();

    var charge = gateway.capture(intentId, 6000, null, "capture-1");

    assertThat(charge.paymentIntentId()).isEqualTo(intentId);
    assertThat(charge.amountMinor()).isEqualTo(6000);
    assertThat(charge.cardBrand()).isEqualTo("visa");
    assertThat(charge.cardLast4()).isEqualTo("4242");
    assertThat(stripe.requestCount("GET", "/v1/charges"))
        .as("card read from the expansion")
        .isZero();
    assertThat(stripe.paymentIntent(intentId))
        .containsEntry("status", "succeeded")
        .containsEntry("amount_received", 6000L)
        .containsEntry("amount_capturable", 0L);
  }

  @Test
  void chargeAgainTakesTheExcessFromTheSavedCardOffSession() {
    var intentId = paidIntent();
    gateway.capture(intentId, 8500, null, "capture-1");

    var extra = gateway.chargeAgain(intentId, 1500, "Extra: rotors", SHOP_ACCOUNT, 150, "extra-1");

    assertThat(extra.paymentIntentId()).isNotEqualTo(intentId);
    assertThat(extra.amountMinor()).isEqualTo(1500);
    assertThat(extra.cardLast4()).isEqualTo("4242");
    var first = stripe.paymentIntent(intentId);
    assertThat(stripe.paymentIntent(extra.paymentIntentId()))
        .containsEntry("status", "succeeded")
        .containsEntry("currency", "cad")
        .containsEntry("customer", first.get("customer"))
        .containsEntry("payment_method", first.get("payment_method"))
        .containsEntry("description", "Extra: rotors")
        .containsEntry("application_fee_amount", 150L)
        .containsEntry("transfer_data", Map.of("destination", SHOP_ACCOUNT));
    assertThat(stripe.idempotencyKeys("POST", "/v1/payment_intents")).contains("extra-1");
  }

  @Test
  void releaseCancelsTheAuthorizationAndReleasingTwiceIsFine() {
    var intentId = paidIntent();

    gateway.release(intentId, "release-1");
    gateway.release(intentId, "release-2");

    assertThat(stripe.paymentIntent(intentId))
        .containsEntry("status", "canceled")
        .containsEntry("amount_capturable", 0L);
    assertThat(stripe.events())
        .filteredOn(event -> "payment_intent.canceled".equals(event.get("type")))
        .hasSize(1);
  }

  @Test
  void aHoldIsRenewedOnTheSavedCardAndCapturedWithTheCommissionOnWhatIsCaptured() {
    var intentId = paidIntent();

    var renewed =
        gateway.reauthorize(intentId, 8500, "Renewed hold", SHOP_ACCOUNT, 850, "reauthorize-1");

    assertThat(renewed.paymentIntentId()).isNotEqualTo(intentId);
    assertThat(stripe.paymentIntent(renewed.paymentIntentId()))
        .containsEntry("status", "requires_capture")
        .containsEntry("amount_capturable", 8500L);
    var charge = gateway.capture(renewed.paymentIntentId(), 5000, 500L, "capture-renewed");
    assertThat(charge.amountMinor()).isEqualTo(5000);
    assertThat(stripe.paymentIntent(renewed.paymentIntentId()))
        .containsEntry("status", "succeeded")
        .containsEntry("application_fee_amount", 500L);
  }

  @Test
  void refundGivesBackPartOfACapturedPayment() {
    var intentId = paidIntent();
    gateway.capture(intentId, 8500, null, "capture-1");

    var refundId = gateway.refund(intentId, 2000, true, "refund-1");

    assertThat(refundId).startsWith("re_test_");
    assertThat(stripe.refund(refundId))
        .containsEntry("amount", 2000L)
        .containsEntry("payment_intent", intentId);
    var charge = stripe.charge((String) stripe.paymentIntent(intentId).get("latest_charge"));
    assertThat(charge).containsEntry("amount_refunded", 2000L).containsEntry("refunded", false);
  }

  @Test
  void aServerErrorIsRetriedWithTheSameIdempotencyKey() {
    var intentId = paidIntent();
    stripe.failNext(1, 500);

    var charge = gateway.capture(intentId, 8500, null, "capture-after-500");

    assertThat(charge.amountMinor()).isEqualTo(8500);
    assertThat(stripe.idempotencyKeys("POST", "/v1/payment_intents/" + intentId + "/capture"))
        .containsExactly("capture-after-500", "capture-after-500");
  }

  @Test
  void theSameKeyReplaysTheFirstAnswerWithoutActingTwice() {
    var intentId = paidIntent();
    gateway.capture(intentId, 8500, null, "capture-1");

    var refund = gateway.refund(intentId, 1000, false, "refund-once");
    var again = gateway.refund(intentId, 1000, false, "refund-once");

    assertThat(again).isEqualTo(refund);
    assertThat(stripe.ids("refund")).containsExactly(refund);
  }

  @Test
  void aDeclinedOffSessionChargeIsNotRetryable() {
    var intentId = paidIntent();
    gateway.capture(intentId, 8500, null, "capture-1");
    stripe.declineNextCharge();

    assertThatThrownBy(() -> gateway.chargeAgain(intentId, 1500, "Extra", null, 0, "extra-1"))
        .isInstanceOfSatisfying(
            PaymentFailedException.class,
            failure -> {
              assertThat(failure.retryable()).isFalse();
              assertThat(failure.getMessage()).isEqualTo("The card was declined");
            });
    assertThat(stripe.events())
        .extracting(event -> event.get("type"))
        .contains("payment_intent.payment_failed");
  }

  @Test
  void stripeFailingOrUnreachableIsRetryable() throws IOException {
    var intentId = paidIntent();
    var noRetries = new StripeGateway(settings(stripe.baseUrl(), 0));
    stripe.failNext(1, 503);

    assertThatThrownBy(() -> noRetries.capture(intentId, 100, null, "capture-1"))
        .isInstanceOfSatisfying(
            PaymentFailedException.class, failure -> assertThat(failure.retryable()).isTrue());

    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var unreachable = new StripeGateway(settings("http://localhost:" + closedPort, 0));
    assertThatThrownBy(() -> unreachable.account("acct_test_x"))
        .isInstanceOfSatisfying(
            PaymentFailedException.class,
            failure -> {
              assertThat(failure.retryable()).isTrue();
              assertThat(failure.getMessage())
                  .isEqualTo("Stripe can’t be reached; we’ll try again");
            });
  }

  @Test
  void expiringACheckoutEndsItAndExpiringItAgainIsFine() {
    var checkout = gateway.openCheckout(request(UUID.randomUUID(), null, 0));

    gateway.expireCheckout(checkout.sessionId(), "expire-1");
    gateway.expireCheckout(checkout.sessionId(), "expire-2");

    assertThat(gateway.checkout(checkout.sessionId()).status()).isEqualTo(CheckoutStatus.EXPIRED);
  }

  @Test
  void expiringAPaidCheckoutLeavesItComplete() {
    var checkout = gateway.openCheckout(request(UUID.randomUUID(), null, 0));
    stripe.pay(checkout.sessionId());

    gateway.expireCheckout(checkout.sessionId(), "expire-1");

    assertThat(gateway.checkout(checkout.sessionId()).status()).isEqualTo(CheckoutStatus.COMPLETE);
  }

  @Test
  void aShopOnboardsToConnectAndSeesItsPayouts() {
    var accountId = gateway.createAccount("shop@example.com", "CA", "account-1");
    var link =
        gateway.onboardingLink(
            accountId, "https://otopair.test/shop/payments", "https://otopair.test/shop/retry");

    assertThat(link).startsWith(stripe.baseUrl() + "/connect/onboarding/");
    assertThat(stripe.account(accountId))
        .containsEntry("type", "express")
        .containsEntry("email", "shop@example.com")
        .containsEntry(
            "capabilities", Map.of("card_payments", "inactive", "transfers", "inactive"));
    var pending = gateway.account(accountId);
    assertThat(pending.detailsSubmitted()).isFalse();
    assertThat(pending.chargesEnabled()).isFalse();
    assertThat(pending.payoutsEnabled()).isFalse();

    stripe.completeOnboarding(accountId);

    var enabled = gateway.account(accountId);
    assertThat(enabled.detailsSubmitted()).isTrue();
    assertThat(enabled.chargesEnabled()).isTrue();
    assertThat(enabled.payoutsEnabled()).isTrue();
    var payouts = gateway.payouts(accountId, 10);
    assertThat(payouts).hasSize(2);
    assertThat(payouts.getFirst().amount()).isEqualTo(new Money(8550, "CAD"));
    assertThat(payouts.getFirst().status()).isEqualTo("in_transit");
    assertThat(payouts.get(1).status()).isEqualTo("paid");
    assertThat(payouts.getFirst().arrivalDate()).isAfter(payouts.get(1).arrivalDate());
    assertThat(stripe.requestCount("GET", "/v1/payouts")).isEqualTo(1);
  }

  @Test
  void aSignedEventVerifiesAndATamperedOneDoesNot() throws Exception {
    var payload = StripeStub.event("checkout.session.completed", Map.of("id", "cs_test_1"));
    var now = Instant.now().getEpochSecond();
    var header = StripeStub.signature(payload, WEBHOOK_SECRET, now);

    assertThat(Webhook.Signature.verifyHeader(payload, header, WEBHOOK_SECRET, 300)).isTrue();
    assertThat(Webhook.constructEvent(payload, header, WEBHOOK_SECRET).getType())
        .isEqualTo("checkout.session.completed");
    assertThatThrownBy(
            () ->
                Webhook.Signature.verifyHeader(
                    payload.replace("cs_test_1", "cs_test_2"), header, WEBHOOK_SECRET, 300))
        .isInstanceOf(SignatureVerificationException.class);
    assertThatThrownBy(
            () -> Webhook.Signature.verifyHeader(payload, header, "whsec_other_secret", 300))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void payingOnTheHostedPageRedirectsToTheShopAndSendsASignedWebhook() throws Exception {
    var received = new CopyOnWriteArrayList<String[]>();
    var receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    receiver.createContext(
        "/webhook",
        exchange -> {
          var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new String[] {body, exchange.getRequestHeaders().getFirst("Stripe-Signature")});
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.start();
    try {
      stripe.forwardEventsTo(
          "http://localhost:" + receiver.getAddress().getPort() + "/webhook", WEBHOOK_SECRET);
      var checkout = gateway.openCheckout(request(UUID.randomUUID(), null, 0));
      var browser = HttpClient.newHttpClient();

      var page =
          browser.send(
              HttpRequest.newBuilder(URI.create(checkout.url())).build(),
              HttpResponse.BodyHandlers.ofString());
      var paid =
          browser.send(
              HttpRequest.newBuilder(URI.create(checkout.url()))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(page.body())
          .contains("Test checkout", "Brake pads, front axle", "$85.00", "id=\"stub-pay\"")
          .contains("id=\"stub-cancel\"");
      assertThat(paid.statusCode()).isEqualTo(303);
      assertThat(paid.headers().firstValue("Location"))
          .hasValue("https://otopair.test/payments/done?session=" + checkout.sessionId());
      assertThat(received).hasSize(1);
      var event =
          Webhook.constructEvent(received.getFirst()[0], received.getFirst()[1], WEBHOOK_SECRET);
      assertThat(event.getType()).isEqualTo("checkout.session.completed");
      var session = (Session) event.getDataObjectDeserializer().getObject().orElseThrow();
      assertThat(session.getId()).isEqualTo(checkout.sessionId());
      assertThat(session.getStatus()).isEqualTo("complete");
      assertThat(stripe.deliveries())
          .extracting(StripeStub.Delivery::type, StripeStub.Delivery::status)
          .containsExactly(Tuple.tuple("checkout.session.completed", 200));

      gateway.capture(session.getPaymentIntent(), 8500, null, "capture-1");
      stripe.awaitDeliveries();

      assertThat(received).hasSize(2);
      assertThat(
              Webhook.constructEvent(received.get(1)[0], received.get(1)[1], WEBHOOK_SECRET)
                  .getType())
          .isEqualTo("payment_intent.succeeded");
    } finally {
      stripe.stopForwarding();
      receiver.stop(0);
    }
  }

  /** A checkout of $85.00 paid on the stub: the authorized intent's id. */
  private static String paidIntent() {
    var checkout = gateway.openCheckout(request(UUID.randomUUID(), null, 0));
    stripe.pay(checkout.sessionId());
    return (String) stripe.checkoutSession(checkout.sessionId()).get("payment_intent");
  }

  private static CheckoutRequest request(
      UUID paymentId, String destinationAccount, long applicationFeeMinor) {
    return new CheckoutRequest(
        paymentId,
        new Money(8500, "CAD"),
        "Brake pads, front axle",
        "ana@example.com",
        "https://otopair.test/payments/done?session={CHECKOUT_SESSION_ID}",
        "https://otopair.test/payments/cancelled",
        Instant.now().plus(Duration.ofHours(1)),
        destinationAccount,
        applicationFeeMinor);
  }

  private static StripeSettings settings(String apiBase, int maxNetworkRetries) {
    return new StripeSettings(
        "sk_test_stub",
        WEBHOOK_SECRET,
        apiBase,
        apiBase,
        maxNetworkRetries,
        Duration.ofMinutes(5),
        BigDecimal.TEN);
  }
}
