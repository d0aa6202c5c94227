package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.booking.BookingFixtures;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the operations API's checks share: a fresh shop (BookingFixtures), a customer with a booking
 * API token, an admin of their own with an operations token and a booking API token, a paid payment
 * of $100.00 to refund, and calls over real HTTP with any headers.
 */
abstract class OpsApiCalls extends RunningServer {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final String OPS = "/api/v1/ops/";
  static final String API = "/api/v1/";

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired ApiTokens apiTokens;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  private final HttpClient http = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  BookingFixtures fixture;
  String slug;
  LocalDate monday;
  String customerEmail;
  UUID customerId;
  String customer;
  String adminEmail;
  String ops;
  String adminBooking;

  @BeforeEach
  void shopCustomerAndAdmin() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    slug =
        jdbc.queryForObject(
            "select slug from shops where id = ?", String.class, fixture.shop().shopId());
    monday = TestDays.nextMonday(clock, TORONTO);
    customerEmail = BookingFixtures.customers(users, 1).getFirst();
    customerId = users.findByEmail(customerEmail).orElseThrow();
    customer = tokenOf(customerEmail, ApiTokenScope.CUSTOMER);
    adminEmail = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(adminEmail, "Olive Ops", Roles.ADMIN, "a long passphrase");
    ops = tokenOf(adminEmail, ApiTokenScope.OPS);
    adminBooking = tokenOf(adminEmail, ApiTokenScope.CUSTOMER);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  String tokenOf(String email, ApiTokenScope scope) {
    SignIn.as(userDetails, email);
    try {
      return apiTokens.issue("Script " + scope + " " + UUID.randomUUID(), scope).secret();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /**
   * A payment of $100.00 CAD paid at the shop's counter by the customer, with its invoice, as a
   * completed job's.
   */
  UUID paidPayment() {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        """
        insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description,
                              gateway, status, currency, amount_minor, captured_minor,
                              created_at, updated_at)
        values (?, ?, ?, 'JOB', ?, 'Brake pads', 'OFFLINE', 'CAPTURED', 'CAD', 10000, 10000, ?, ?)
        """,
        id,
        fixture.shop().shopId(),
        customerId,
        UUID.randomUUID(),
        now,
        now);
    // Its invoice, numbered by the shop's counter as Invoices numbers them (a max + 1 could race
    // an invoice the outbox issues meanwhile).
    UUID shop = fixture.shop().shopId();
    Integer number =
        jdbc.queryForObject(
            "insert into invoice_counters (shop_id, last)"
                + " select ?, coalesce(max(number), 0) + 1 from invoices where shop_id = ?"
                + " on conflict (shop_id) do update set last = greatest(invoice_counters.last + 1,"
                + " excluded.last) returning last",
            Integer.class,
            shop,
            shop);
    jdbc.update(
        "insert into invoices (id, shop_id, payment_id, number, issued_at) values (?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        shop,
        id,
        number,
        now);
    return id;
  }

  /** A confirmed booking of the customer's, on next Monday at {@code hour} (Toronto). */
  UUID confirmedBooking(int hour) throws Exception {
    Instant start = monday.atTime(hour, 0).atZone(TORONTO).toInstant();
    Answer held =
        call(
            "POST",
            API + "bookings",
            customer,
            """
            {"shop": "%s", "service": "%s", "start": "%s"}
            """
                .formatted(slug, fixture.oilChange(), start));
    assertThat(held.status()).as(held.text()).isEqualTo(201);
    UUID id = UUID.fromString(held.body().path("id").asString());
    Answer confirmed =
        call(
            "POST",
            API + "bookings/" + id + "/confirm",
            customer,
            """
            {"vehicle": {"year": 2019, "make": "Toyota", "model": "Corolla"},
             "problem": "Oil change due", "phone": "+1 514 555 0123"}
            """);
    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    return id;
  }

  static String refundBody(UUID payment, long amount, String reason) {
    return """
        {"payment": "%s", "amount": %d, "reason": "%s"}
        """
        .formatted(payment, amount, reason);
  }

  int refundsOf(UUID payment) {
    return jdbc.queryForObject(
        "select count(*) from payment_refunds where payment_id = ?", Integer.class, payment);
  }

  long refundedMinorOf(UUID payment) {
    return jdbc.queryForObject(
        "select coalesce(sum(amount_minor), 0) from payment_refunds where payment_id = ?",
        Long.class,
        payment);
  }

  String statusOf(UUID booking) {
    return jdbc.queryForObject("select status from bookings where id = ?", String.class, booking);
  }

  /** An answer: status, headers (lower-case names), the body as text and as JSON. */
  record Answer(int status, Map<String, String> headers, String text, JsonNode body) {

    @Nullable String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  Answer call(String method, String path, @Nullable String token, @Nullable String body)
      throws IOException, InterruptedException {
    return call(method, path, token, body, Map.of());
  }

  Answer call(
      String method,
      String path,
      @Nullable String token,
      @Nullable String body,
      Map<String, String> headers)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Accept", "application/json, application/problem+json")
            .header("Accept-Language", "en");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Map<String, String> names = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach((name, values) -> names.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
    String text = response.body();
    String trimmed = text.trim();
    JsonNode json =
        trimmed.startsWith("{") || trimmed.startsWith("[")
            ? JSON.readTree(trimmed)
            : JSON.createObjectNode();
    return new Answer(response.statusCode(), names, text, json);
  }

  Answer withKey(String path, @Nullable String token, String body, String key)
      throws IOException, InterruptedException {
    return call("POST", path, token, body, Map.of("Idempotency-Key", key));
  }

  static void assertProblem(Answer answer, int status, String detailPart) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.header("Content-Type"))
        .as(answer.text())
        .startsWith("application/problem+json");
    assertThat(answer.body().path("status").asInt()).isEqualTo(status);
    assertThat(answer.body().path("detail").asString()).as(answer.text()).contains(detailPart);
  }

  static void assertFieldError(Answer answer, String field, String messagePart) {
    assertProblem(answer, 422, "");
    assertThat(answer.body().path("errors").values())
        .as(answer.text())
        .anySatisfy(
            error -> {
              assertThat(error.path("field").asString()).isEqualTo(field);
              assertThat(error.path("message").asString()).contains(messagePart);
            });
  }
}
