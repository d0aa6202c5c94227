package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.SecretTokens;
import com.otopair.booking.BookingFixtures;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The booking API over real HTTP: quotes and slots for anyone; holds, confirmations, reschedules
 * and cancellations with a customer's bearer token; every refusal as problem+json with the right
 * status. A fresh shop of its own (mechanics Alex at ×1.5 and Béa, Mondays 09:00–12:00).
 */
class BookingApiServerIT extends RunningServer {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final String API = BASE + "api/v1/";

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired ApiTokens apiTokens;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  BookingFixtures fixture;
  String slug;
  LocalDate monday;
  String alice;
  String bob;
  String owner;

  @BeforeEach
  void shopAndCustomers() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    slug =
        jdbc.queryForObject(
            "select slug from shops where id = ?", String.class, fixture.shop().shopId());
    monday = TestDays.nextMonday(clock, TORONTO);
    List<String> customers = BookingFixtures.customers(users, 2);
    alice = tokenOf(customers.get(0));
    bob = tokenOf(customers.get(1));
    owner = tokenOf(fixture.shop().ownerEmail());
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private String tokenOf(String email) {
    SignIn.as(userDetails, email);
    try {
      return apiTokens.issue("API test").secret();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  Instant at(int hour, int minute) {
    return monday.atTime(hour, minute).atZone(TORONTO).toInstant();
  }

  record Answer(
      int status, @Nullable String contentType, JsonNode body, HttpResponse<String> raw) {}

  Answer call(String method, String path, @Nullable String token, @Nullable String body)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : API + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Accept", "application/json, application/problem+json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode node =
        response.body().isBlank()
                || !response.body().trim().startsWith("{")
                    && !response.body().trim().startsWith("[")
            ? json.createObjectNode()
            : json.readTree(response.body());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        node,
        response);
  }

  static void assertProblem(Answer answer, int status, String detailPart) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("status").asInt()).isEqualTo(status);
    assertThat(answer.body().path("detail").asString()).contains(detailPart);
  }

  static void assertFieldError(Answer answer, String field, String messagePart) {
    assertProblem(answer, 422, "");
    assertThat(answer.body().path("errors").values())
        .anySatisfy(
            error -> {
              assertThat(error.path("field").asString()).isEqualTo(field);
              assertThat(error.path("message").asString()).contains(messagePart);
            });
  }

  String holdBody(@Nullable UUID mechanic, Instant start) {
    return """
        {"shop": "%s", "service": "%s", %s "start": "%s"}
        """
        .formatted(
            slug,
            fixture.oilChange(),
            mechanic == null ? "" : "\"mechanic\": \"" + mechanic + "\",",
            start);
  }

  static final String DETAILS =
      """
      {"vehicle": {"year": 2019, "make": "Toyota", "model": "Corolla",
                   "vin": "1HGCM82633A004352", "plate": "abc 123"},
       "problem": "Grinding noise when braking", "phone": "+1 514 555 0123"}
      """;

  @Test
  void anyoneGetsRankedQuotesWithRatingsMechanicsAndPrices() throws Exception {
    Answer quote =
        call(
            "POST",
            "quote",
            null,
            """
            {"where": "H2T 1S6", "radiusKm": 30, "category": "OIL",
             "earliest": "%s", "latest": "%s", "limit": 50}
            """
                .formatted(at(0, 0), at(23, 0)));

    assertThat(quote.status()).as(quote.raw().body()).isEqualTo(200);
    List<JsonNode> ranked = quote.body().path("shops").values().stream().toList();
    assertThat(ranked).extracting(s -> s.path("rank").asInt()).startsWith(1).isSorted();
    // Ranked by one score over rating, soonest slot, price and distance (QuoteRankingTest).
    assertThat(ranked).allSatisfy(s -> assertThat(s.path("rating").has("count")).isTrue());
    assertThat(ranked)
        .extracting(
            s -> s.path("mechanics").get(0).path("nextSlots").get(0).path("start").asString())
        .allSatisfy(start -> assertThat(Instant.parse(start)).isBefore(at(23, 0)));
    JsonNode ours =
        ranked.stream()
            .filter(s -> s.path("shop").path("slug").asString().equals(slug))
            .findFirst()
            .orElseThrow();
    assertThat(ours.path("service").path("id").asString())
        .isEqualTo(fixture.oilChange().toString());
    assertThat(ours.path("rating").path("count").asInt()).isZero();
    assertThat(ours.path("rating").path("average").isNull()).isTrue();
    // Béa (×1.0, $80) before Alex (×1.5, $120): same first slot, lower price first.
    JsonNode bea = ours.path("mechanics").get(0);
    assertThat(bea.path("name").asString()).isEqualTo("Béa Roy");
    JsonNode first = bea.path("nextSlots").get(0);
    assertThat(Instant.parse(first.path("start").asString())).isEqualTo(at(9, 0));
    assertThat(first.path("localStart").asString()).isEqualTo(monday + "T09:00:00");
    assertThat(first.path("startOffset").asString())
        .isEqualTo(monday.atTime(9, 0).atZone(TORONTO).getOffset().getId());
    assertThat(first.path("price").path("minor").asLong()).isEqualTo(8000);
    JsonNode alex = ours.path("mechanics").get(1);
    assertThat(alex.path("nextSlots").get(0).path("price").path("minor").asLong()).isEqualTo(12000);
    assertThat(alex.path("nextSlots").get(0).path("multiplier").decimalValue())
        .isEqualByComparingTo("1.5");

    assertFieldError(
        call("POST", "quote", null, "{\"where\": \"Nowhereville\"}"), "where", "We don’t know");
    assertFieldError(
        call("POST", "quote", null, "{\"where\": \"Montreal\", \"radiusKm\": 500}"),
        "radiusKm",
        "1 to 200 km");
  }

  @Test
  void anyoneReadsAShopsServicesAndFreeSlots() throws Exception {
    Answer shop = call("GET", "shops/" + slug, null, null);
    assertThat(shop.status()).isEqualTo(200);
    assertThat(shop.body().path("services").get(0).path("name").asString()).isEqualTo("Oil change");
    assertThat(shop.body().path("shop").path("timeZone").asString()).isEqualTo("America/Toronto");

    Answer slots =
        call(
            "GET",
            "shops/%s/slots?service=%s&mechanic=%s&from=%s&to=%s"
                .formatted(slug, fixture.oilChange(), fixture.shop().alex(), monday, monday),
            null,
            null);
    assertThat(slots.status()).isEqualTo(200);
    assertThat(slots.body().path("slots").values())
        .extracting(s -> Instant.parse(s.path("start").asString()))
        .contains(at(9, 0), at(11, 0))
        .allSatisfy(start -> assertThat(start).isBetween(at(9, 0), at(11, 0)));

    assertProblem(call("GET", "shops/no-such-shop", null, null), 404, "No shop");
    assertFieldError(
        call("GET", "shops/%s/slots?service=not-a-uuid".formatted(slug), null, null),
        "service",
        "Not a valid service");
    assertFieldError(
        call("GET", "shops/%s/slots".formatted(slug), null, null), "service", "Add service");
    assertFieldError(
        call(
            "GET",
            "shops/%s/slots?service=%s&from=%s&to=%s"
                .formatted(slug, fixture.oilChange(), monday, monday.plusDays(60)),
            null,
            null),
        "to",
        "at most 31 days");
  }

  @Test
  void theShopListsOnlyTheMechanicsItsSlotsAndHoldsAccept() throws Exception {
    UUID ownerId = membership.ownersOf(fixture.shop().shopId()).getFirst();

    Answer shop = call("GET", "shops/" + slug, null, null);

    assertThat(shop.body().path("mechanics").values())
        .extracting(m -> UUID.fromString(m.path("id").asString()))
        .containsExactlyInAnyOrder(fixture.shop().alex(), fixture.shop().bea());
    for (JsonNode mechanic : shop.body().path("mechanics").values()) {
      Answer slots =
          call(
              "GET",
              "shops/%s/slots?service=%s&mechanic=%s&from=%s&to=%s"
                  .formatted(
                      slug, fixture.oilChange(), mechanic.path("id").asString(), monday, monday),
              null,
              null);
      assertThat(slots.status()).as(slots.raw().body()).isEqualTo(200);
      assertThat(slots.body().path("slots").values()).isNotEmpty();
    }
    assertFieldError(
        call(
            "GET",
            "shops/%s/slots?service=%s&mechanic=%s&from=%s&to=%s"
                .formatted(slug, fixture.oilChange(), ownerId, monday, monday),
            null,
            null),
        "mechanic",
        "Pick one of this shop’s mechanics");
    assertFieldError(
        call("POST", "bookings", alice, holdBody(ownerId, at(9, 0))),
        "mechanic",
        "Pick one of this shop’s mechanics");
  }

  @Test
  void aCustomerHoldsConfirmsReschedulesAndCancelsWithTheirToken() throws Exception {
    Answer held = call("POST", "bookings", alice, holdBody(fixture.shop().alex(), at(9, 0)));
    assertThat(held.status()).as(held.raw().body()).isEqualTo(201);
    String id = held.body().path("id").asString();
    assertThat(held.raw().headers().firstValue("Location")).hasValue("/api/v1/bookings/" + id);
    assertThat(held.body().path("status").asString()).isEqualTo("HELD");
    assertThat(held.body().path("price").path("minor").asLong()).isEqualTo(12000);
    assertThat(held.body().path("holdExpiresAt").asString()).isNotBlank();

    Answer confirmed = call("POST", "bookings/" + id + "/confirm", alice, DETAILS);
    assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
    assertThat(confirmed.body().path("status").asString()).isEqualTo("CONFIRMED");
    assertThat(confirmed.body().path("vehicle").asString()).isEqualTo("2019 Toyota Corolla");
    assertThat(confirmed.body().path("localStart").asString()).isEqualTo(monday + "T09:00:00");

    Answer mine = call("GET", "bookings", alice, null);
    assertThat(mine.body().values()).extracting(b -> b.path("id").asString()).contains(id);

    Answer moved =
        call(
            "POST",
            "bookings/" + id + "/reschedule",
            alice,
            "{\"start\": \"%s\", \"mechanic\": \"%s\"}".formatted(at(11, 0), fixture.shop().bea()));
    assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
    String movedId = moved.body().path("id").asString();
    assertThat(movedId).isNotEqualTo(id);
    assertThat(moved.body().path("mechanic").path("name").asString()).isEqualTo("Béa Roy");
    assertThat(moved.body().path("rescheduleCount").asInt()).isEqualTo(1);
    assertThat(call("GET", "bookings/" + id, alice, null).body().path("status").asString())
        .isEqualTo("RESCHEDULED");

    Answer cancelled =
        call("POST", "bookings/" + movedId + "/cancel", alice, "{\"reason\": \"Plans changed\"}");
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.body().path("status").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.body().path("cancelReason").asString()).isEqualTo("Plans changed");
    assertProblem(
        call("POST", "bookings/" + movedId + "/cancel", alice, "{}"),
        409,
        "Only a confirmed booking");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where shop_id = ? and status in ('HELD','CONFIRMED')",
                Integer.class,
                fixture.shop().shopId()))
        .isZero();
  }

  @Test
  void aSlotSomeoneElseHoldsIs409WithTheNearestFreeSlots() throws Exception {
    assertThat(call("POST", "bookings", alice, holdBody(fixture.shop().bea(), at(10, 0))).status())
        .isEqualTo(201);

    Answer taken = call("POST", "bookings", bob, holdBody(fixture.shop().bea(), at(10, 0)));

    assertProblem(taken, 409, "That slot was just taken");
    assertThat(taken.body().path("alternatives").values())
        .isNotEmpty()
        .extracting(s -> Instant.parse(s.path("start").asString()))
        .doesNotContain(at(10, 0));
  }

  @Test
  void badInputIs422NextToTheField() throws Exception {
    assertFieldError(
        call("POST", "bookings", alice, holdBody(null, Instant.now().minusSeconds(3600))),
        "start",
        "That time has passed");
    assertFieldError(
        call("POST", "bookings", alice, holdBody(null, at(9, 0).plus(Duration.ofDays(70)))),
        "start",
        "takes bookings up to 60 days ahead");
    assertFieldError(
        call("POST", "bookings", alice, "{\"start\": \"%s\"}".formatted(at(9, 0))),
        "shop",
        "Say which shop");
    assertFieldError(
        call(
            "POST",
            "bookings",
            alice,
            "{\"shop\": \"%s\", \"service\": \"%s\", \"start\": \"Monday at nine\"}"
                .formatted(slug, fixture.oilChange())),
        "start",
        "Not a valid value");
    assertProblem(call("POST", "bookings", alice, "{not json"), 400, "isn’t valid JSON");

    String id =
        call("POST", "bookings", alice, holdBody(null, at(9, 0))).body().path("id").asString();
    assertFieldError(
        call(
            "POST",
            "bookings/" + id + "/confirm",
            alice,
            DETAILS.replace("1HGCM82633A004352", "1HGCM82633A004353")),
        "vin",
        "check digit");
    assertFieldError(
        call("POST", "bookings/" + id + "/confirm", alice, "{\"phone\": \"+1 514 555 0123\"}"),
        "vehicle",
        "Describe the vehicle");
  }

  @Test
  void anExpiredHoldCannotBeConfirmed() throws Exception {
    String id =
        call("POST", "bookings", alice, holdBody(null, at(9, 0))).body().path("id").asString();
    jdbc.update(
        "update bookings set hold_expires_at = now() - interval '1 minute' where id = ?::uuid", id);

    assertProblem(call("POST", "bookings/" + id + "/confirm", alice, DETAILS), 409, "ran out");
  }

  @Test
  void tokensDecideWhoMayBook() throws Exception {
    Answer anonymous = call("POST", "bookings", null, holdBody(null, at(9, 0)));
    assertProblem(anonymous, 401, "Send an API token");
    assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

    assertProblem(call("GET", "bookings", "otp_made-up", null), 401, "unknown or revoked");
    assertProblem(call("GET", "bookings", "not-ours", null), 401, "isn’t an Otopair API token");
    assertProblem(
        call("POST", "bookings", owner, holdBody(null, at(9, 0))), 403, "customer accounts");

    // Someone else's booking is as invisible as none at all.
    String id =
        call("POST", "bookings", alice, holdBody(null, at(9, 0))).body().path("id").asString();
    assertProblem(call("GET", "bookings/" + id, bob, null), 404, "couldn’t find that booking");
    assertProblem(
        call("POST", "bookings/" + id + "/confirm", bob, DETAILS),
        404,
        "couldn’t find that booking");
    assertProblem(
        call("POST", "bookings/" + UUID.randomUUID() + "/cancel", bob, "{}"), 404, "couldn’t find");

    // A revoked token stops working at once; the hash is all that was ever stored.
    String hash = SecretTokens.hash(alice);
    UUID tokenId =
        jdbc.queryForObject("select id from api_tokens where token_hash = ?", UUID.class, hash);
    jdbc.update("update api_tokens set revoked_at = now() where id = ?", tokenId);
    assertProblem(call("GET", "bookings", alice, null), 401, "unknown or revoked");

    assertProblem(call("GET", "nothing-here", bob, null), 404, "no such API call");
  }

  @Test
  void theApiDescribesItselfWithOpenApiAndSwaggerUi() throws Exception {
    Answer docs = call("GET", BASE + "v3/api-docs", null, null);
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body().path("paths").propertyNames())
        .contains(
            "/api/v1/quote",
            "/api/v1/shops/{slug}/slots",
            "/api/v1/bookings",
            "/api/v1/bookings/{id}/confirm",
            "/api/v1/bookings/{id}/cancel",
            "/api/v1/bookings/{id}/reschedule");
    assertThat(
            docs.body()
                .path("components")
                .path("securitySchemes")
                .path("bearer")
                .path("scheme")
                .asString())
        .isEqualTo("bearer");

    var ui =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + "swagger-ui/index.html")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("Swagger UI");
  }
}
