package com.otopair.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.ToNumberPolicy;
import com.otopair.base.Money;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A local stand-in for Stripe's API over real HTTP, for service tests, HTTP tests and browser
 * journeys alike. It answers the requests {@code StripeGateway} makes (Checkout sessions, payment
 * intents, refunds, Connect accounts, account links and payouts) with Stripe's JSON shapes, keeps
 * what they create in memory, and honours {@code Idempotency-Key} the way Stripe does: the same key
 * on the same request replays the first answer without doing anything twice, the same key on a
 * different request is refused.
 *
 * <p>Besides the API it serves the pages Stripe would host: {@code /pay/{sessionId}} is the
 * checkout page a session's {@code url} points to (buttons {@code stub-pay} and {@code
 * stub-cancel}), {@code /connect/onboarding/{link}} is the Express onboarding page an account
 * link's {@code url} points to (button {@code stub-onboard}).
 *
 * <p>Tests act as the customer or Stripe with {@link #pay}, {@link #expire}, {@link
 * #completeOnboarding} and {@link #addPayout}; make Stripe fail with {@link #failNext} and {@link
 * #declineNextCharge}, or slow with {@link #stall}; receive signed webhooks with {@link
 * #forwardEventsTo}; and read what the stub holds with {@link #paymentIntent} and its siblings
 * (Stripe's JSON as maps: amounts are {@code Long}, flags {@code Boolean}).
 *
 * <pre>{@code
 * var stripe = StripeStub.start();
 * var settings = new StripeSettings("sk_test_stub", "whsec_test", stripe.baseUrl(), stripe.baseUrl(), ...);
 * stripe.forwardEventsTo("http://localhost:8080/payments/stripe/webhook", "whsec_test");
 * ... stripe.pay(sessionId); ... stripe.stop();
 * }</pre>
 */
public final class StripeStub implements AutoCloseable {

  private static final Gson JSON =
      new GsonBuilder()
          .serializeNulls()
          .disableHtmlEscaping()
          .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
          .create();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHANUMERIC =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

  private final WireMockServer server;
  private final List<Route> routes = routes();
  private final HttpClient webhookClient =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ExecutorService deliveries =
      Executors.newSingleThreadExecutor(
          task -> {
            var thread = new Thread(task, "stripe-stub-webhooks");
            thread.setDaemon(true);
            return thread;
          });

  // Everything below is guarded by "this"; webhooks go out after the lock is released, because
  // the application that receives them may call the stub back.
  private final Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
  private final Map<String, Params> checkoutRequests = new LinkedHashMap<>();
  private final Map<String, OnboardingLink> onboardingLinks = new LinkedHashMap<>();
  private final Map<String, List<String>> payoutsByAccount = new LinkedHashMap<>();
  private final Map<String, Replay> replays = new LinkedHashMap<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Event> unsent = new ArrayList<>();
  private final List<Delivery> delivered = Collections.synchronizedList(new ArrayList<>());
  private int failuresLeft;
  private int failureStatus;
  private boolean declineNextCharge;
  private final Map<Pattern, Duration> stalls = new LinkedHashMap<>();
  private volatile @Nullable WebhookTarget webhookTarget;

  private StripeStub(int port) {
    var configuration =
        options()
            .notifier(new Slf4jNotifier(false))
            .gzipDisabled(true)
            .maxRequestJournalEntries(20_000)
            .extensions(new StripeApi());
    server = new WireMockServer(port == 0 ? configuration.dynamicPort() : configuration.port(port));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse()));
  }

  /** A stub on a free port. */
  public static StripeStub start() {
    return new StripeStub(0);
  }

  /** A stub on {@code port}, for a fixed {@code otopair.stripe.api-base} in a local setup. */
  public static StripeStub start(int port) {
    return new StripeStub(port);
  }

  /** Where the stub answers: the API base and connect base for stripe-java. */
  public String baseUrl() {
    return "http://localhost:" + server.port();
  }

  public void stop() {
    deliveries.shutdownNow();
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Forgets every object, request, event and injected failure, as if freshly started; the webhook
   * target stays.
   */
  public synchronized void reset() {
    objects.clear();
    checkoutRequests.clear();
    onboardingLinks.clear();
    payoutsByAccount.clear();
    replays.clear();
    events.clear();
    unsent.clear();
    delivered.clear();
    failuresLeft = 0;
    declineNextCharge = false;
    stalls.clear();
    server.resetRequests();
  }

  // ---------------------------------------------------------------------------------------------
  // Test controls: what the customer, the shop or Stripe does

  /**
   * The customer pays on the hosted page: the session completes, and a payment intent with a charge
   * on a saved Visa card ending in 4242 appears, authorized only ({@code requires_capture}, all of
   * it capturable) when the session asked for manual capture. Forwards {@code
   * checkout.session.completed} (and {@code payment_intent.succeeded} for automatic capture) and
   * waits until it is delivered.
   */
  public void pay(String sessionId) {
    control(() -> completeCheckout(sessionId));
  }

  /** The session times out: {@code expired}, {@code checkout.session.expired} delivered. */
  public void expire(String sessionId) {
    control(() -> expireSession(sessionId));
  }

  /**
   * The shop finishes Express onboarding: details submitted, charges and payouts enabled, two
   * payouts to its bank (one paid, one in transit), {@code account.updated} delivered.
   */
  public void completeOnboarding(String accountId) {
    control(() -> enableAccount(accountId));
  }

  /** Adds a payout to a connected account; answers its id. */
  public String addPayout(String accountId, long amountMinor, String status, Instant arrival) {
    var id = new String[1];
    control(() -> id[0] = newPayout(accountId, amountMinor, status, arrival));
    return id[0];
  }

  /**
   * The next {@code times} API requests fail with HTTP {@code status} and Stripe's error body for
   * it (api_error for 5xx, rate_limit for 429, ...), before doing anything: a retry with the same
   * idempotency key then runs normally.
   */
  public synchronized void failNext(int times, int status) {
    failuresLeft = times;
    failureStatus = status;
  }

  /**
   * The next confirmed payment intent created through the API (an off-session charge) is declined:
   * 402 {@code card_error} / {@code card_declined}, the intent left in {@code
   * requires_payment_method}, {@code payment_intent.payment_failed} sent.
   */
  public synchronized void declineNextCharge() {
    declineNextCharge = true;
  }

  /**
   * From now on, Stripe is slow to answer POST requests to paths matching {@code pathRegex} (such
   * as {@code /v1/payment_intents/[^/]+/capture}): the request takes effect as it arrives, its
   * answer leaves {@code delay} later, so the caller waits on Stripe that long, as a run of Otopair
   * did while its outbox kept retrying. {@link #reset} answers at once again.
   */
  public synchronized void stall(String pathRegex, Duration delay) {
    stalls.put(Pattern.compile(pathRegex), delay);
  }

  private synchronized Duration stallOf(Request request) {
    if (!request.getMethod().getName().equals("POST")) {
      return Duration.ZERO;
    }
    var path = path(request.getUrl());
    return stalls.entrySet().stream()
        .filter(stall -> stall.getKey().matcher(path).matches())
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(Duration.ZERO);
  }

  /**
   * From now on, sends each event to {@code webhookUrl} as Stripe does: a POST of the event's JSON
   * with a {@code Stripe-Signature} header made with {@code webhookSecret}. Events from the test
   * controls are delivered before the control returns; those caused by API requests right after the
   * answer (see {@link #awaitDeliveries()}).
   */
  public void forwardEventsTo(String webhookUrl, String webhookSecret) {
    webhookTarget = new WebhookTarget(URI.create(webhookUrl), webhookSecret);
  }

  public void stopForwarding() {
    webhookTarget = null;
  }

  /** Waits until every event sent so far has been delivered (or failed to be). */
  public void awaitDeliveries() {
    await(List.of(deliveries.submit(() -> null)));
  }

  // ---------------------------------------------------------------------------------------------
  // Reading what the stub holds and saw

  /** Any object by id, as Stripe's JSON would show it. */
  public synchronized Map<String, Object> object(String id) {
    var object = objects.get(id);
    if (object == null) {
      throw new IllegalArgumentException("The stub holds no " + id);
    }
    return copy(object);
  }

  public Map<String, Object> checkoutSession(String id) {
    return typed(id, "checkout.session");
  }

  public Map<String, Object> paymentIntent(String id) {
    return typed(id, "payment_intent");
  }

  public Map<String, Object> charge(String id) {
    return typed(id, "charge");
  }

  public Map<String, Object> refund(String id) {
    return typed(id, "refund");
  }

  public Map<String, Object> account(String id) {
    return typed(id, "account");
  }

  /**
   * The form parameters a checkout session was created with, flat as sent: {@code
   * payment_intent_data[capture_method]}, {@code line_items[0][price_data][unit_amount]}, ...
   */
  public synchronized Map<String, String> checkoutRequest(String sessionId) {
    var params = checkoutRequests.get(sessionId);
    if (params == null) {
      throw new IllegalArgumentException("The stub holds no checkout " + sessionId);
    }
    return Map.copyOf(params.values());
  }

  /** The ids of the objects of one type ({@code "payment_intent"}, ...), oldest first. */
  public synchronized List<String> ids(String objectType) {
    return objects.values().stream()
        .filter(object -> objectType.equals(object.get("object")))
        .map(object -> (String) object.get("id"))
        .toList();
  }

  /** Every event the stub raised, oldest first, as Stripe's JSON. */
  public synchronized List<Map<String, Object>> events() {
    return events.stream().map(event -> copy(parse(event.json()))).toList();
  }

  /** The webhook deliveries so far, oldest first. */
  public List<Delivery> deliveries() {
    synchronized (delivered) {
      return List.copyOf(delivered);
    }
  }

  /** The idempotency keys of the requests seen, oldest first (WireMock's journal). */
  public List<String> idempotencyKeys(String method, String pathPrefix) {
    return requests(method, pathPrefix).stream()
        .map(request -> header(request, "Idempotency-Key"))
        .filter(Objects::nonNull)
        .toList();
  }

  /** How many requests with this method hit a path starting with {@code pathPrefix}. */
  public int requestCount(String method, String pathPrefix) {
    return requests(method, pathPrefix).size();
  }

  private List<Request> requests(String method, String pathPrefix) {
    var seen = new ArrayList<Request>();
    for (var event : server.getAllServeEvents()) {
      var request = event.getRequest();
      if (request.getMethod().getName().equalsIgnoreCase(method)
          && path(request.getUrl()).startsWith(pathPrefix)) {
        seen.add(request);
      }
    }
    return seen.reversed();
  }

  // ---------------------------------------------------------------------------------------------
  // Events and webhook signatures

  /**
   * An event as Stripe sends it to webhooks, around {@code object}: a map, or the object's JSON.
   */
  public static String event(String type, Object object) {
    return event(type, object, null).json();
  }

  /**
   * A {@code Stripe-Signature} header for {@code payload}: {@code t=<unix seconds>,v1=<HMAC-SHA256
   * of "t.payload" with the secret, hex>}.
   */
  public static String signature(String payload, String secret, long unixSeconds) {
    try {
      return "t="
          + unixSeconds
          + ",v1="
          + Webhook.Util.computeHmacSha256(secret, unixSeconds + "." + payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No HMAC-SHA256 in this JVM", e);
    }
  }

  private static Event event(String type, Object object, @Nullable String account) {
    var id = id("evt");
    var event = new JsonObject();
    event.addProperty("id", id);
    event.addProperty("object", "event");
    if (account != null) {
      event.addProperty("account", account);
    }
    event.addProperty("api_version", Stripe.API_VERSION);
    event.addProperty("created", now());
    event.addProperty("livemode", false);
    event.addProperty("pending_webhooks", 1);
    var request = new JsonObject();
    request.add("id", JsonNull.INSTANCE);
    request.add("idempotency_key", JsonNull.INSTANCE);
    event.add("request", request);
    event.addProperty("type", type);
    var data = new JsonObject();
    data.add(
        "object",
        object instanceof String json ? JsonParser.parseString(json) : JSON.toJsonTree(object));
    event.add("data", data);
    return new Event(id, type, JSON.toJson(event));
  }

  /** Raises an event about the object as it is now; sent once the lock is released. */
  private void raise(String type, Map<String, Object> object) {
    var account = "account".equals(object.get("object")) ? (String) object.get("id") : null;
    var event = event(type, copy(object), account);
    events.add(event);
    unsent.add(event);
  }

  private synchronized List<Event> takeUnsent() {
    var taken = List.copyOf(unsent);
    unsent.clear();
    return taken;
  }

  private List<Future<?>> send(List<Event> toSend) {
    var target = webhookTarget;
    if (target == null || toSend.isEmpty()) {
      return List.of();
    }
    return toSend.stream()
        .<Future<?>>map(event -> deliveries.submit(() -> deliver(target, event)))
        .toList();
  }

  private void deliver(WebhookTarget target, Event event) {
    var request =
        HttpRequest.newBuilder(target.url())
            .timeout(DELIVERY_TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Stripe/1.0 (stub)")
            .header("Stripe-Signature", signature(event.json(), target.secret(), now()))
            .POST(HttpRequest.BodyPublishers.ofString(event.json()))
            .build();
    int status;
    try {
      status = webhookClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      status = -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = -1;
    }
    delivered.add(new Delivery(event.id(), event.type(), status));
  }

  private static void await(List<Future<?>> futures) {
    for (var future : futures) {
      try {
        future.get(DELIVERY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("A webhook delivery didn't finish", e);
      }
    }
  }

  /** Runs a test control on the state, then delivers its events and waits for them. */
  private void control(Runnable change) {
    synchronized (this) {
      try {
        change.run();
      } catch (Refusal refusal) {
        throw new IllegalStateException(refusal.getMessage(), refusal);
      }
    }
    await(send(takeUnsent()));
  }

  // ---------------------------------------------------------------------------------------------
  // The HTTP side: one WireMock transformer answers every request from the state above

  /** Answers every request the catch-all stub mapping matches. */
  private final class StripeApi implements ResponseDefinitionTransformerV2 {

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      var request = serveEvent.getRequest();
      var path = path(request.getUrl());
      Answer answer;
      if (path.startsWith("/v1/")) {
        answer = api(request);
        send(takeUnsent());
      } else if (path.startsWith("/pay/")) {
        answer = checkoutPage(request, path);
      } else if (path.startsWith("/connect/onboarding/")) {
        answer = onboardingPage(request, path);
      } else {
        answer = Answer.html(404, page("Not found", "<p>The Stripe stub has no page here.</p>"));
      }
      var response = aResponse().withStatus(answer.status()).withBody(answer.body());
      answer.headers().forEach(response::withHeader);
      var stall = stallOf(request);
      if (!stall.isZero()) {
        response.withFixedDelay((int) stall.toMillis());
      }
      return response.build();
    }

    @Override
    public String getName() {
      return "stripe-stub";
    }
  }

  private synchronized Answer api(Request request) {
    var method = request.getMethod().getName();
    var url = request.getUrl();
    var path = path(url);
    var authorization = header(request, "Authorization");
    if (authorization == null || !authorization.startsWith("Bearer sk_")) {
      return Answer.error(
          401,
          error(
              "invalid_request_error",
              null,
              "You did not provide an API key. Send it as 'Authorization: Bearer sk_...'.",
              null));
    }
    if (failuresLeft > 0) {
      failuresLeft--;
      return injectedFailure(failureStatus);
    }
    var params =
        Params.parse(
            method.equals("POST")
                ? request.getBodyAsString()
                : url.contains("?") ? url.substring(url.indexOf('?') + 1) : "");
    var account = header(request, "Stripe-Account");
    var key = method.equals("POST") ? header(request, "Idempotency-Key") : null;
    var scope = key + " " + account;
    if (key != null && replays.containsKey(scope)) {
      var replay = replays.get(scope);
      if (replay.path().equals(path) && replay.params().equals(params)) {
        return replay.answer().with("Idempotent-Replayed", "true");
      }
      return Answer.error(
          400,
          error(
              "idempotency_error",
              null,
              "Keys for idempotent requests can only be used with the same parameters they were"
                  + " first used with. Try using a key other than '"
                  + key
                  + "' if you meant to execute a different request.",
              null));
    }
    Answer answer;
    try {
      answer = route(method, path, params, account);
    } catch (Refusal refusal) {
      answer = Answer.error(refusal.status, refusal.error);
    }
    if (key != null) {
      answer = answer.with("Idempotency-Key", key);
      replays.put(scope, new Replay(path, params, answer));
    }
    return answer;
  }

  private Answer route(String method, String path, Params params, @Nullable String account) {
    for (var route : routes) {
      var matcher = route.path().matcher(path);
      if (route.method().equals(method) && matcher.matches()) {
        var object = route.handler().handle(matcher, params, account);
        return Answer.json(200, JSON.toJson(expanded(object, params.list("expand"))));
      }
    }
    throw new Refusal(
        404,
        error(
            "invalid_request_error",
            null,
            "Unrecognized request URL ("
                + method
                + ": "
                + path
                + "). The Stripe stub doesn't"
                + " serve it.",
            null));
  }

  private List<Route> routes() {
    var session = "/v1/checkout/sessions";
    var intents = "/v1/payment_intents";
    return List.of(
        new Route("POST", session, (m, p, a) -> createSession(p)),
        new Route("GET", session + "/([^/]+)", (m, p, a) -> find(m.group(1), "checkout.session")),
        new Route("POST", session + "/([^/]+)/expire", (m, p, a) -> expireSession(m.group(1))),
        new Route("POST", intents, (m, p, a) -> createIntent(p)),
        new Route("GET", intents + "/([^/]+)", (m, p, a) -> find(m.group(1), "payment_intent")),
        new Route("POST", intents + "/([^/]+)/capture", (m, p, a) -> capture(m.group(1), p)),
        new Route("POST", intents + "/([^/]+)/cancel", (m, p, a) -> cancel(m.group(1), p)),
        new Route("GET", "/v1/charges/([^/]+)", (m, p, a) -> find(m.group(1), "charge")),
        new Route("GET", "/v1/customers/([^/]+)", (m, p, a) -> find(m.group(1), "customer")),
        new Route(
            "GET", "/v1/payment_methods/([^/]+)", (m, p, a) -> find(m.group(1), "payment_method")),
        new Route("POST", "/v1/refunds", (m, p, a) -> createRefund(p)),
        new Route("GET", "/v1/refunds/([^/]+)", (m, p, a) -> find(m.group(1), "refund")),
        new Route("POST", "/v1/accounts", (m, p, a) -> createAccount(p)),
        new Route("GET", "/v1/accounts/([^/]+)", (m, p, a) -> find(m.group(1), "account")),
        new Route("POST", "/v1/account_links", (m, p, a) -> createOnboardingLink(p)),
        new Route("GET", "/v1/payouts", (m, p, a) -> listPayouts(p, a)),
        new Route("GET", "/v1/payouts/([^/]+)", (m, p, a) -> find(m.group(1), "payout")));
  }

  private static Answer injectedFailure(int status) {
    var error =
        switch (status) {
          case 400 -> error("invalid_request_error", null, "Invalid request (injected).", null);
          case 401 -> error("invalid_request_error", null, "Invalid API Key provided.", null);
          case 402 -> error("card_error", "card_declined", "Your card was declined.", null);
          case 409 -> error("invalid_request_error", "lock_timeout", "Lock timeout.", null);
          case 429 ->
              error(
                  "invalid_request_error",
                  "rate_limit",
                  "Too many requests hit the API too quickly.",
                  null);
          default -> error("api_error", null, "Something went wrong on Stripe's end.", null);
        };
    return Answer.error(status, error);
  }

  // ---------------------------------------------------------------------------------------------
  // Checkout sessions

  private Map<String, Object> createSession(Params params) {
    if (!"payment".equals(params.get("mode"))) {
      throw Refusal.invalid("The Stripe stub supports mode=payment only.", "mode");
    }
    var successUrl = params.required("success_url");
    long total = 0;
    String currency = null;
    var names = new ArrayList<String>();
    for (var index = 0; params.has("line_items[" + index + "]"); index++) {
      var item = "line_items[" + index + "]";
      var price = item + "[price_data]";
      if (!params.has(price)) {
        throw Refusal.invalid("The Stripe stub supports price_data line items only.", item);
      }
      total += params.requiredLong(price + "[unit_amount]") * params.longOr(item + "[quantity]", 1);
      currency = params.required(price + "[currency]").toLowerCase(Locale.ROOT);
      names.add(params.required(price + "[product_data][name]"));
    }
    if (currency == null) {
      throw Refusal.missing("line_items");
    }
    var id = id("cs");
    var session = newObject(id, "checkout.session");
    session.put("mode", "payment");
    session.put("status", "open");
    session.put("payment_status", "unpaid");
    session.put("amount_subtotal", total);
    session.put("amount_total", total);
    session.put("currency", currency);
    session.put("customer", null);
    session.put("customer_creation", params.get("customer_creation"));
    session.put("customer_email", params.get("customer_email"));
    session.put("customer_details", null);
    session.put("client_reference_id", params.get("client_reference_id"));
    session.put("metadata", params.map("metadata"));
    session.put("payment_intent", null);
    session.put("payment_method_types", List.of("card"));
    session.put("success_url", successUrl);
    session.put("cancel_url", params.get("cancel_url"));
    session.put("expires_at", params.longOr("expires_at", now() + 24 * 3600));
    session.put("url", baseUrl() + "/pay/" + id);
    checkoutRequests.put(id, params);
    objects.put(id, session);
    return session;
  }

  private Map<String, Object> expireSession(String sessionId) {
    var session = find(sessionId, "checkout.session");
    if (!"open".equals(session.get("status"))) {
      throw Refusal.invalid(
          "Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout"
              + " Session has a status of \""
              + session.get("status")
              + "\".",
          null);
    }
    session.put("status", "expired");
    session.put("url", null);
    raise("checkout.session.expired", session);
    return session;
  }

  private void completeCheckout(String sessionId) {
    var session = find(sessionId, "checkout.session");
    if (!"open".equals(session.get("status"))) {
      throw Refusal.invalid(
          "Checkout " + sessionId + " is " + session.get("status") + "; it can't be paid.", null);
    }
    var request = checkoutRequests.get(sessionId);
    var email = (String) session.get("customer_email");
    var customer = newCustomer(email);
    var card = newCard((String) customer.get("id"), email);
    var intentData = "payment_intent_data";
    var intent =
        newIntent(
            (Long) session.get("amount_total"),
            (String) session.get("currency"),
            request.get(intentData + "[description]"),
            request.map(intentData + "[metadata]"),
            request.get(intentData + "[capture_method]"),
            request.get(intentData + "[transfer_data][destination]"),
            request.has(intentData + "[application_fee_amount]")
                ? request.requiredLong(intentData + "[application_fee_amount]")
                : null);
    intent.put("customer", customer.get("id"));
    intent.put("payment_method", card.get("id"));
    intent.put("setup_future_usage", request.get(intentData + "[setup_future_usage]"));
    authorize(intent, card);
    session.put("status", "complete");
    session.put("payment_status", "succeeded".equals(intent.get("status")) ? "paid" : "unpaid");
    session.put("customer", customer.get("id"));
    session.put(
        "customer_details", new LinkedHashMap<>(Map.of("email", email == null ? "" : email)));
    session.put("payment_intent", intent.get("id"));
    session.put("url", null);
    raise("checkout.session.completed", session);
    if ("succeeded".equals(intent.get("status"))) {
      raise("payment_intent.succeeded", intent);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Payment intents, charges, refunds

  private Map<String, Object> createIntent(Params params) {
    var intent =
        newIntent(
            params.requiredLong("amount"),
            params.required("currency").toLowerCase(Locale.ROOT),
            params.get("description"),
            params.map("metadata"),
            params.get("capture_method"),
            params.get("transfer_data[destination]"),
            params.has("application_fee_amount")
                ? params.requiredLong("application_fee_amount")
                : null);
    var customer = params.get("customer");
    if (customer != null) {
      find(customer, "customer");
      intent.put("customer", customer);
    }
    var methodId = params.get("payment_method");
    Map<String, Object> card = null;
    if (methodId != null) {
      card = find(methodId, "payment_method");
      if (card.get("customer") != null && !card.get("customer").equals(customer)) {
        throw Refusal.invalid(
            "The provided PaymentMethod belongs to another Customer.", "payment_method");
      }
      intent.put("payment_method", methodId);
      intent.put("status", "requires_confirmation");
    }
    if (!"true".equals(params.get("confirm"))) {
      return intent;
    }
    if (card == null) {
      throw Refusal.missing("payment_method");
    }
    if (declineNextCharge) {
      declineNextCharge = false;
      throw decline(intent, card);
    }
    authorize(intent, card);
    if ("succeeded".equals(intent.get("status"))) {
      raise("payment_intent.succeeded", intent);
    }
    return intent;
  }

  private Map<String, Object> capture(String intentId, Params params) {
    var intent = find(intentId, "payment_intent");
    if (!"requires_capture".equals(intent.get("status"))) {
      throw unexpectedState(intent, "captured", "requires_capture");
    }
    var capturable = (Long) intent.get("amount_capturable");
    var amount = params.longOr("amount_to_capture", capturable);
    if (amount <= 0 || amount > capturable) {
      throw Refusal.invalid(
          "The amount to capture ("
              + amount
              + ") must be positive and at most the amount capturable ("
              + capturable
              + ").",
          "amount_to_capture",
          "amount_too_large");
    }
    if (params.has("application_fee_amount")) {
      intent.put("application_fee_amount", params.requiredLong("application_fee_amount"));
    }
    var charge = find((String) intent.get("latest_charge"), "charge");
    charge.put("captured", true);
    charge.put("amount_captured", amount);
    intent.put("status", "succeeded");
    intent.put("amount_capturable", 0L);
    intent.put("amount_received", amount);
    raise("payment_intent.succeeded", intent);
    return intent;
  }

  private Map<String, Object> cancel(String intentId, Params params) {
    var intent = find(intentId, "payment_intent");
    var cancelable =
        List.of(
            "requires_payment_method",
            "requires_capture",
            "requires_confirmation",
            "requires_action",
            "processing");
    if (!cancelable.contains((String) intent.get("status"))) {
      throw unexpectedState(intent, "canceled", String.join(", ", cancelable));
    }
    var chargeId = (String) intent.get("latest_charge");
    if (chargeId != null && "requires_capture".equals(intent.get("status"))) {
      var charge = find(chargeId, "charge");
      charge.put("refunded", true);
      charge.put("amount_refunded", charge.get("amount"));
    }
    intent.put("status", "canceled");
    intent.put("amount_capturable", 0L);
    intent.put("canceled_at", now());
    intent.put("cancellation_reason", params.get("cancellation_reason"));
    raise("payment_intent.canceled", intent);
    return intent;
  }

  private Map<String, Object> createRefund(Params params) {
    var intentId = params.get("payment_intent");
    var chargeId = params.get("charge");
    if (intentId != null) {
      chargeId = (String) find(intentId, "payment_intent").get("latest_charge");
      if (chargeId == null) {
        throw Refusal.invalid(
            "This PaymentIntent does not have a successful charge to refund.", "payment_intent");
      }
    } else if (chargeId == null) {
      throw Refusal.missing("payment_intent");
    }
    var charge = find(chargeId, "charge");
    var refundable = (Long) charge.get("amount_captured") - (Long) charge.get("amount_refunded");
    if (!Boolean.TRUE.equals(charge.get("captured")) || refundable <= 0) {
      throw Refusal.invalid(
          "Charge " + chargeId + " has already been refunded or was never captured.",
          null,
          "charge_already_refunded");
    }
    var amount = params.longOr("amount", refundable);
    if (amount <= 0 || amount > refundable) {
      throw Refusal.invalid(
          "Refund amount ("
              + amount
              + ") is greater than unrefunded amount on charge ("
              + refundable
              + ").",
          "amount",
          "amount_too_large");
    }
    var refund = newObject(id("re"), "refund");
    refund.put("amount", amount);
    refund.put("charge", chargeId);
    refund.put("payment_intent", charge.get("payment_intent"));
    refund.put("currency", charge.get("currency"));
    refund.put("reason", params.get("reason"));
    refund.put("status", "succeeded");
    refund.put("metadata", params.map("metadata"));
    objects.put((String) refund.get("id"), refund);
    var refunded = (Long) charge.get("amount_refunded") + amount;
    charge.put("amount_refunded", refunded);
    charge.put("refunded", refunded >= (Long) charge.get("amount_captured"));
    raise("charge.refunded", charge);
    return refund;
  }

  private Map<String, Object> newIntent(
      long amount,
      String currency,
      @Nullable String description,
      Map<String, String> metadata,
      @Nullable String captureMethod,
      @Nullable String destination,
      @Nullable Long applicationFee) {
    if (amount <= 0) {
      throw Refusal.invalid("Amount must be at least 1 minor unit.", "amount");
    }
    var id = id("pi");
    var intent = newObject(id, "payment_intent");
    intent.put("amount", amount);
    intent.put("amount_capturable", 0L);
    intent.put("amount_received", 0L);
    intent.put("application_fee_amount", applicationFee);
    intent.put("canceled_at", null);
    intent.put("cancellation_reason", null);
    intent.put("capture_method", captureMethod == null ? "automatic" : captureMethod);
    intent.put("client_secret", id + "_secret_" + random(16));
    intent.put("confirmation_method", "automatic");
    intent.put("currency", currency);
    intent.put("customer", null);
    intent.put("description", description);
    intent.put("last_payment_error", null);
    intent.put("latest_charge", null);
    intent.put("metadata", metadata);
    intent.put("payment_method", null);
    intent.put("payment_method_types", List.of("card"));
    intent.put("setup_future_usage", null);
    intent.put("status", "requires_payment_method");
    intent.put(
        "transfer_data",
        destination == null ? null : new LinkedHashMap<>(Map.of("destination", destination)));
    objects.put(id, intent);
    return intent;
  }

  /** The bank approves: a charge, captured now or held for a later capture. */
  private void authorize(Map<String, Object> intent, Map<String, Object> card) {
    var amount = (Long) intent.get("amount");
    var manual = "manual".equals(intent.get("capture_method"));
    var charge = newCharge(intent, card, true);
    charge.put("captured", !manual);
    charge.put("amount_captured", manual ? 0L : amount);
    intent.put("latest_charge", charge.get("id"));
    intent.put("status", manual ? "requires_capture" : "succeeded");
    intent.put("amount_capturable", manual ? amount : 0L);
    intent.put("amount_received", manual ? 0L : amount);
  }

  /** The bank declines: a failed charge, the intent back to needing a payment method. */
  private Refusal decline(Map<String, Object> intent, Map<String, Object> card) {
    var charge = newCharge(intent, card, false);
    var message = "Your card was declined.";
    var error = error("card_error", "card_declined", message, null);
    error.put("decline_code", "generic_decline");
    error.put("charge", charge.get("id"));
    error.put("payment_method", copy(card));
    intent.put("latest_charge", charge.get("id"));
    intent.put("last_payment_error", copy(error));
    intent.put("payment_method", null);
    intent.put("status", "requires_payment_method");
    raise("payment_intent.payment_failed", intent);
    error.put("payment_intent", copy(intent));
    return new Refusal(402, error);
  }

  private Map<String, Object> newCharge(
      Map<String, Object> intent, Map<String, Object> card, boolean approved) {
    var charge = newObject(id("ch"), "charge");
    charge.put("amount", intent.get("amount"));
    charge.put("amount_captured", 0L);
    charge.put("amount_refunded", 0L);
    charge.put("application_fee_amount", intent.get("application_fee_amount"));
    charge.put("captured", false);
    charge.put("currency", intent.get("currency"));
    charge.put("customer", intent.get("customer"));
    charge.put("description", intent.get("description"));
    charge.put("failure_code", approved ? null : "card_declined");
    charge.put("failure_message", approved ? null : "Your card was declined.");
    charge.put("metadata", copy(intent.get("metadata")));
    charge.put("paid", approved);
    charge.put("payment_intent", intent.get("id"));
    charge.put("payment_method", card.get("id"));
    var details = new LinkedHashMap<String, Object>();
    details.put("type", "card");
    details.put("card", copy(card.get("card")));
    charge.put("payment_method_details", details);
    var outcome = new LinkedHashMap<String, Object>();
    outcome.put("network_status", approved ? "approved_by_network" : "declined_by_network");
    outcome.put("reason", approved ? null : "generic_decline");
    outcome.put("risk_level", "normal");
    outcome.put("seller_message", approved ? "Payment complete." : "The bank declined it.");
    outcome.put("type", approved ? "authorized" : "issuer_declined");
    charge.put("outcome", outcome);
    charge.put("refunded", false);
    charge.put("status", approved ? "succeeded" : "failed");
    charge.put("transfer_data", copy(intent.get("transfer_data")));
    objects.put((String) charge.get("id"), charge);
    return charge;
  }

  private Map<String, Object> newCustomer(@Nullable String email) {
    var customer = newObject(id("cus"), "customer");
    customer.put("email", email);
    customer.put("metadata", new LinkedHashMap<>());
    objects.put((String) customer.get("id"), customer);
    return customer;
  }

  /** The test card every customer pays with: Visa 4242, saved on the customer. */
  private Map<String, Object> newCard(String customerId, @Nullable String email) {
    var method = newObject(id("pm"), "payment_method");
    method.put("type", "card");
    method.put("customer", customerId);
    var billing = new LinkedHashMap<String, Object>();
    billing.put("email", email);
    method.put("billing_details", billing);
    var card = new LinkedHashMap<String, Object>();
    card.put("brand", "visa");
    card.put("country", "US");
    card.put("exp_month", 12L);
    card.put("exp_year", (long) Instant.now().atZone(ZoneOffset.UTC).getYear() + 3);
    card.put("funding", "credit");
    card.put("last4", "4242");
    method.put("card", card);
    objects.put((String) method.get("id"), method);
    return method;
  }

  private static Refusal unexpectedState(
      Map<String, Object> intent, String action, String allowed) {
    return Refusal.invalid(
        "This PaymentIntent could not be "
            + action
            + " because it has a status of "
            + intent.get("status")
            + ". Only a PaymentIntent with one of the following statuses may be "
            + action
            + ": "
            + allowed
            + ".",
        null,
        "payment_intent_unexpected_state");
  }

  // ---------------------------------------------------------------------------------------------
  // Connect: accounts, onboarding, payouts

  private Map<String, Object> createAccount(Params params) {
    var type = params.required("type");
    var country = params.get("country") == null ? "US" : params.get("country").toUpperCase();
    var account = newObject(id("acct"), "account");
    account.put("type", type);
    account.put("email", params.get("email"));
    account.put("country", country);
    account.put(
        "default_currency",
        switch (country) {
          case "CA" -> "cad";
          case "GB" -> "gbp";
          case "FR", "DE", "ES", "IT", "NL", "BE", "IE", "AT", "PT", "FI" -> "eur";
          default -> "usd";
        });
    account.put("details_submitted", false);
    account.put("charges_enabled", false);
    account.put("payouts_enabled", false);
    var capabilities = new LinkedHashMap<String, Object>();
    for (var capability : List.of("card_payments", "transfers")) {
      if ("true".equals(params.get("capabilities[" + capability + "][requested]"))) {
        capabilities.put(capability, "inactive");
      }
    }
    account.put("capabilities", capabilities);
    var due = List.of("business_type", "external_account", "tos_acceptance.date");
    var requirements = new LinkedHashMap<String, Object>();
    requirements.put("currently_due", due);
    requirements.put("eventually_due", due);
    requirements.put("past_due", due);
    requirements.put("disabled_reason", "requirements.past_due");
    account.put("requirements", requirements);
    account.put("metadata", params.map("metadata"));
    objects.put((String) account.get("id"), account);
    return account;
  }

  private Map<String, Object> createOnboardingLink(Params params) {
    var accountId = params.required("account");
    find(accountId, "account");
    var token = random(24);
    onboardingLinks.put(
        token,
        new OnboardingLink(
            accountId, params.required("return_url"), params.required("refresh_url")));
    var link = new LinkedHashMap<String, Object>();
    link.put("object", "account_link");
    link.put("created", now());
    link.put("expires_at", now() + 300);
    link.put("url", baseUrl() + "/connect/onboarding/" + token);
    return link;
  }

  private void enableAccount(String accountId) {
    var account = find(accountId, "account");
    account.put("details_submitted", true);
    account.put("charges_enabled", true);
    account.put("payouts_enabled", true);
    @SuppressWarnings("unchecked")
    var capabilities = (Map<String, Object>) account.get("capabilities");
    capabilities.replaceAll((name, state) -> "active");
    var requirements = new LinkedHashMap<String, Object>();
    requirements.put("currently_due", List.of());
    requirements.put("eventually_due", List.of());
    requirements.put("past_due", List.of());
    requirements.put("disabled_reason", null);
    account.put("requirements", requirements);
    if (!payoutsByAccount.containsKey(accountId)) {
      var today = Instant.now();
      newPayout(accountId, 12_000, "paid", today.minus(Duration.ofDays(2)));
      newPayout(accountId, 8_550, "in_transit", today.plus(Duration.ofDays(2)));
    }
    raise("account.updated", account);
  }

  private String newPayout(String accountId, long amount, String status, Instant arrival) {
    var account = find(accountId, "account");
    var payout = newObject(id("po"), "payout");
    payout.put("amount", amount);
    payout.put("arrival_date", arrival.getEpochSecond());
    payout.put("automatic", true);
    payout.put("currency", account.get("default_currency"));
    payout.put("description", "STRIPE PAYOUT");
    payout.put("destination", "ba_test_" + random(16));
    payout.put("metadata", new LinkedHashMap<>());
    payout.put("method", "standard");
    payout.put("status", status);
    payout.put("type", "bank_account");
    var id = (String) payout.get("id");
    objects.put(id, payout);
    payoutsByAccount.computeIfAbsent(accountId, key -> new ArrayList<>()).add(id);
    return id;
  }

  /** A connected account's payouts, newest first; the platform itself has none. */
  private Map<String, Object> listPayouts(Params params, @Nullable String account) {
    var ids = List.<String>of();
    if (account != null) {
      var existing = objects.get(account);
      if (existing == null || !"account".equals(existing.get("object"))) {
        throw new Refusal(
            403,
            error(
                "invalid_request_error",
                "account_invalid",
                "The provided key does not have access to account '"
                    + account
                    + "' (or that account does not exist).",
                null));
      }
      ids = payoutsByAccount.getOrDefault(account, List.of()).reversed();
    }
    var limit = (int) Math.clamp(params.longOr("limit", 10), 1, 100);
    var list = new LinkedHashMap<String, Object>();
    list.put("object", "list");
    list.put("data", ids.stream().limit(limit).map(id -> copy(objects.get(id))).toList());
    list.put("has_more", ids.size() > limit);
    list.put("url", "/v1/payouts");
    return list;
  }

  // ---------------------------------------------------------------------------------------------
  // Hosted pages

  private Answer checkoutPage(Request request, String path) {
    var rest = path.substring("/pay/".length());
    var cancel = rest.endsWith("/cancel");
    var sessionId = cancel ? rest.substring(0, rest.length() - "/cancel".length()) : rest;
    Map<String, Object> session;
    Params checkout;
    synchronized (this) {
      var held = objects.get(sessionId);
      if (held == null || !"checkout.session".equals(held.get("object"))) {
        return Answer.html(404, page("Not found", "<p>No such checkout.</p>"));
      }
      session = copy(held);
      checkout = checkoutRequests.get(sessionId);
    }
    var open = "open".equals(session.get("status"));
    var post = request.getMethod().getName().equals("POST");
    if (post && cancel) {
      var cancelUrl = (String) session.get("cancel_url");
      return cancelUrl == null
          ? Answer.html(200, page("Test checkout", "<p>Cancelled.</p>"))
          : Answer.redirect(cancelUrl);
    }
    if (post && open) {
      pay(sessionId);
      return Answer.redirect(
          ((String) session.get("success_url")).replace("{CHECKOUT_SESSION_ID}", sessionId));
    }
    if (!open) {
      return Answer.html(
          post ? 409 : 200,
          page(
              "Test checkout",
              "<p id=\"stub-status\">This checkout is " + session.get("status") + ".</p>"));
    }
    var amount =
        new Money(
                (Long) session.get("amount_total"),
                ((String) session.get("currency")).toUpperCase(Locale.ROOT))
            .format();
    var email = (String) session.get("customer_email");
    return Answer.html(
        200,
        page(
            "Test checkout",
            "<p id=\"stub-description\">"
                + escape(checkout.get("line_items[0][price_data][product_data][name]"))
                + "</p>\n<p id=\"stub-amount\">"
                + escape(amount)
                + "</p>\n<p>"
                + (email == null ? "" : escape(email) + " &middot; ")
                + "Visa ending in 4242</p>\n<form method=\"post\" action=\"/pay/"
                + sessionId
                + "\"><button id=\"stub-pay\" type=\"submit\">Pay "
                + escape(amount)
                + "</button></form>\n<form method=\"post\" action=\"/pay/"
                + sessionId
                + "/cancel\"><button id=\"stub-cancel\" type=\"submit\">Cancel</button></form>"));
  }

  private Answer onboardingPage(Request request, String path) {
    var token = path.substring("/connect/onboarding/".length());
    OnboardingLink link;
    String email;
    synchronized (this) {
      link = onboardingLinks.get(token);
      if (link == null) {
        return Answer.html(404, page("Not found", "<p>This onboarding link is unknown.</p>"));
      }
      email = (String) objects.get(link.accountId()).get("email");
    }
    if (request.getMethod().getName().equals("POST")) {
      completeOnboarding(link.accountId());
      return Answer.redirect(link.returnUrl());
    }
    return Answer.html(
        200,
        page(
            "Test onboarding",
            "<p id=\"stub-account\">"
                + escape(link.accountId())
                + (email == null ? "" : " &middot; " + escape(email))
                + "</p>\n<form method=\"post\" action=\"/connect/onboarding/"
                + token
                + "\"><button id=\"stub-onboard\" type=\"submit\">Submit details</button></form>"
                + "\n<p><a id=\"stub-onboard-later\" href=\""
                + escape(link.refreshUrl())
                + "\">Later</a></p>"));
  }

  private static String page(String title, String body) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head>\n<body><main><h1>"
        + title
        + "</h1>\n"
        + body
        + "\n</main></body></html>\n";
  }

  private static String escape(@Nullable String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  // ---------------------------------------------------------------------------------------------
  // Objects

  private Map<String, Object> typed(String id, String objectType) {
    var object = object(id);
    if (!objectType.equals(object.get("object"))) {
      throw new IllegalArgumentException(id + " is a " + object.get("object"));
    }
    return object;
  }

  private Map<String, Object> find(String id, String objectType) {
    var object = objects.get(id);
    if (object == null || !objectType.equals(object.get("object"))) {
      var error =
          error(
              "invalid_request_error",
              "resource_missing",
              "No such " + objectType + ": '" + id + "'",
              "id");
      throw new Refusal(404, error);
    }
    return object;
  }

  private static Map<String, Object> newObject(String id, String objectType) {
    var object = new LinkedHashMap<String, Object>();
    object.put("id", id);
    object.put("object", objectType);
    object.put("created", now());
    object.put("livemode", false);
    return object;
  }

  /** A copy of {@code object} with each {@code expand[]} path's id replaced by its object. */
  private Map<String, Object> expanded(Map<String, Object> object, List<String> paths) {
    var copy = copy(object);
    for (var path : paths) {
      expand(copy, path.split("\\."), 0);
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private void expand(Map<String, Object> object, String[] path, int depth) {
    var value = object.get(path[depth]);
    if (value instanceof String id && objects.containsKey(id)) {
      value = copy(objects.get(id));
      object.put(path[depth], value);
    }
    if (value instanceof Map<?, ?> child && depth + 1 < path.length) {
      expand((Map<String, Object>) child, path, depth + 1);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T copy(T value) {
    if (value instanceof Map<?, ?> map) {
      var copy = new LinkedHashMap<String, Object>();
      map.forEach((key, item) -> copy.put((String) key, copy(item)));
      return (T) copy;
    }
    if (value instanceof List<?> list) {
      return (T) new ArrayList<>(list.stream().map(StripeStub::copy).toList());
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    return JSON.fromJson(json, Map.class);
  }

  private static Map<String, Object> error(
      String type, @Nullable String code, String message, @Nullable String param) {
    var error = new LinkedHashMap<String, Object>();
    error.put("type", type);
    error.put("code", code);
    error.put("message", message);
    error.put("param", param);
    return error;
  }

  private static String id(String prefix) {
    return prefix + "_test_" + random(24);
  }

  private static String random(int length) {
    var text = new StringBuilder(length);
    for (var i = 0; i < length; i++) {
      text.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
    }
    return text.toString();
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  private static String path(String url) {
    var query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static @Nullable String header(Request request, String name) {
    var header = request.getHeaders().getHeader(name);
    return header.isPresent() ? header.firstValue() : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Small types

  /** A webhook the stub sent: the event and the receiver's HTTP status (-1: unreachable). */
  public record Delivery(String eventId, String type, int status) {}

  private record Event(String id, String type, String json) {}

  private record WebhookTarget(URI url, String secret) {}

  private record OnboardingLink(String accountId, String returnUrl, String refreshUrl) {}

  /** The first answer to an idempotent request, replayed to a retry of it. */
  private record Replay(String path, Params params, Answer answer) {}

  private record Route(String method, Pattern path, Handler handler) {
    Route(String method, String path, Handler handler) {
      this(method, Pattern.compile(path), handler);
    }
  }

  @FunctionalInterface
  private interface Handler {
    Map<String, Object> handle(Matcher path, Params params, @Nullable String account);
  }

  /** An HTTP answer. */
  private record Answer(int status, Map<String, String> headers, String body) {

    static Answer json(int status, String body) {
      var headers = new LinkedHashMap<String, String>();
      headers.put("Content-Type", "application/json");
      headers.put("Request-Id", "req_test_" + random(14));
      headers.put("Stripe-Version", Stripe.API_VERSION);
      return new Answer(status, headers, body);
    }

    static Answer error(int status, Map<String, Object> error) {
      return json(status, JSON.toJson(Map.of("error", error)));
    }

    static Answer html(int status, String body) {
      return new Answer(status, Map.of("Content-Type", "text/html; charset=utf-8"), body);
    }

    static Answer redirect(String location) {
      return new Answer(303, Map.of("Location", location), "");
    }

    Answer with(String header, String value) {
      var headers = new LinkedHashMap<>(this.headers);
      headers.put(header, value);
      return new Answer(status, headers, body);
    }
  }

  /** Stripe refuses a request: its HTTP status and error object. */
  private static final class Refusal extends RuntimeException {

    private final int status;
    private final Map<String, Object> error;

    Refusal(int status, Map<String, Object> error) {
      super((String) error.get("message"), null, false, false);
      this.status = status;
      this.error = error;
    }

    static Refusal invalid(String message, @Nullable String param) {
      return invalid(message, param, null);
    }

    static Refusal invalid(String message, @Nullable String param, @Nullable String code) {
      return new Refusal(400, error("invalid_request_error", code, message, param));
    }

    static Refusal missing(String param) {
      return new Refusal(
          400,
          error(
              "invalid_request_error",
              "parameter_missing",
              "Missing required param: " + param + ".",
              param));
    }
  }

  /**
   * Form parameters as stripe-java sends them, flat: {@code
   * line_items[0][price_data][unit_amount]}, {@code metadata[payment_id]}, {@code expand[0]}.
   */
  private record Params(Map<String, String> values) {

    static Params parse(@Nullable String form) {
      var values = new LinkedHashMap<String, String>();
      if (form != null && !form.isBlank()) {
        for (var pair : form.split("&")) {
          var equals = pair.indexOf('=');
          var key = equals < 0 ? pair : pair.substring(0, equals);
          var value = equals < 0 ? "" : pair.substring(equals + 1);
          var name = URLDecoder.decode(key, StandardCharsets.UTF_8);
          if (name.endsWith("[]")) {
            // an array sent without indexes: number its items so none overwrites another
            var stem = name.substring(0, name.length() - 1);
            name = stem + values.keySet().stream().filter(k -> k.startsWith(stem)).count() + "]";
          }
          values.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
      }
      return new Params(values);
    }

    @Nullable String get(String key) {
      return values.get(key);
    }

    /** Whether {@code key} or anything nested under it was sent. */
    boolean has(String key) {
      return values.keySet().stream()
          .anyMatch(name -> name.equals(key) || name.startsWith(key + "["));
    }

    String required(String key) {
      var value = values.get(key);
      if (value == null || value.isEmpty()) {
        throw Refusal.missing(key);
      }
      return value;
    }

    long requiredLong(String key) {
      try {
        return Long.parseLong(required(key));
      } catch (NumberFormatException e) {
        throw Refusal.invalid("Invalid integer: " + values.get(key), key);
      }
    }

    long longOr(String key, long otherwise) {
      return values.containsKey(key) ? requiredLong(key) : otherwise;
    }

    /** A hash such as {@code metadata}: its keys one level down. */
    Map<String, String> map(String key) {
      var map = new LinkedHashMap<String, String>();
      var prefix = key + "[";
      values.forEach(
          (name, value) -> {
            if (name.startsWith(prefix) && name.indexOf('[', prefix.length()) < 0) {
              map.put(name.substring(prefix.length(), name.length() - 1), value);
            }
          });
      return map;
    }

    /**
     * An array of strings such as {@code expand}, sent as {@code expand[0]} or {@code expand[]}.
     */
    List<String> list(String key) {
      var pattern = Pattern.compile(Pattern.quote(key) + "\\[\\d*\\]");
      return values.entrySet().stream()
          .filter(entry -> pattern.matcher(entry.getKey()).matches())
          .map(Map.Entry::getValue)
          .toList();
    }
  }
}
