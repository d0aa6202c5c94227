package com.otopair.journeys;

import static com.otopair.journeys.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserProvisioning;
import com.otopair.journeys.ApiClient.Answer;
import com.otopair.payments.StripeStub;
import com.otopair.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Every answer under {@code /api/} is {@code application/problem+json}, whoever gives it: Tomcat
 * refusing a malformed address, Spring Security's firewall, Spring MVC refusing a method, the
 * Stripe webhook refusing an event. Never an HTML page, never a redirect to the login page.
 */
class ApiProblemsServerIT extends RunningServer {

  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired ApiTokens apiTokens;

  final ApiClient api = new ApiClient(PORT);

  @Test
  void addressesTomcatRefusesAreProblems() throws Exception {
    for (String target :
        new String[] {
          "/api/v1/shops/a%2Fb",
          "/api/v1/shops/a%5Cb",
          "/api/v1/shops/a%00b",
          "/api/v1/shops/%",
          "/api/v1/shops/a%zzb",
          "/api/v1/shops/a%2",
          "/api/v1/quote?where=" + "x".repeat(100_000),
        }) {
      Answer answer = api.raw("GET", target);
      assertProblem(answer, 400);
      assertThat(answer.header("Location")).isNull();
    }
  }

  @Test
  void addressesTheFirewallRefusesAreProblemsNotRedirects() throws Exception {
    for (String target :
        new String[] {
          "/api/v1//bookings",
          "/api/v1/..;/bookings",
          "/api/v1/bookings;jsessionid=0123456789ABCDEF",
          "/api/v1/shops/%2e%2e/bookings",
          "/api/webhooks//stripe",
        }) {
      Answer answer = api.raw("GET", target);
      assertProblem(answer, 400);
      assertThat(answer.header("Location")).as(target).isNull();
    }
  }

  @Test
  void aWrongMethodIs405WithAllow() throws Exception {
    Answer trace = api.raw("TRACE", "/api/v1/quote");
    assertProblem(trace, 405);

    Answer get = api.raw("GET", "/api/v1/quote");
    assertProblem(get, 405);
    assertThat(get.header("Allow")).isEqualTo("POST");

    Answer delete = api.raw("DELETE", "/api/v1/shops/some-shop");
    assertProblem(delete, 405);
    assertThat(delete.header("Allow")).contains("GET");

    Answer bookings = api.raw("DELETE", "/api/v1/bookings", customersToken(), new byte[0]);
    assertProblem(bookings, 405);
    assertThat(bookings.header("Allow")).contains("GET", "POST");

    Answer webhook = api.raw("GET", "/api/webhooks/stripe");
    assertProblem(webhook, 405);
    assertThat(webhook.header("Allow")).isEqualTo("POST");
  }

  private Map<String, String> customersToken() {
    SignIn.as(userDetails, BookingFixtures.customers(users, 1).getFirst());
    try {
      return Map.of("Authorization", "Bearer " + apiTokens.issue("API problems test").secret());
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  void unknownCallsAre404AndMissingTokensAre401() throws Exception {
    Map<String, String> bearer = customersToken();
    assertProblem(api.raw("GET", "/api/v1/nothing-here", bearer, new byte[0]), 404);
    assertProblem(api.raw("POST", "/api/v1/nothing/here", bearer, new byte[0]), 404);
    assertProblem(api.raw("GET", "/api/nothing-here", bearer, new byte[0]), 404);
    assertProblem(api.raw("GET", "/api", bearer, new byte[0]), 404);
    for (String target : new String[] {"/api/v1/bookings", "/api/v1/nothing-here", "/api/x"}) {
      Answer anonymous = api.raw("GET", target);
      assertProblem(anonymous, 401);
      assertThat(anonymous.header("Location")).isNull();
    }
  }

  @Test
  void theWebhookRefusesWhatStripeNeverSendsWith400() throws Exception {
    assertProblem(webhook(""), 400);
    assertProblem(
        webhook(
            """
            {"id": "evt_%s", "type": "checkout.session.completed", "created": 1767225600,
             "data": {"object": {"id": "cs_test_1", "object": "checkout.session"}}}"""
                .formatted("x".repeat(300))),
        400);
    assertProblem(
        webhook(
            """
            {"id": "evt_1", "type": "%s", "created": 1767225600, "data": {"object": {}}}"""
                .formatted("x".repeat(300))),
        400);
    assertProblem(webhook("{\"id\": \"evt_\\u0000\", \"type\": \"ping\", \"created\": 1}"), 400);
    assertProblem(webhook("not json"), 400);

    Answer unsigned =
        api.raw(
            "POST",
            "/api/webhooks/stripe",
            Map.of("Content-Type", "application/json", "Stripe-Signature", "t=1,v1=00"),
            "{}".getBytes(StandardCharsets.UTF_8));
    assertProblem(unsigned, 400);
  }

  private Answer webhook(String payload) throws Exception {
    return api.raw(
        "POST",
        "/api/webhooks/stripe",
        Map.of(
            "Content-Type",
            "application/json",
            "Stripe-Signature",
            StripeStub.signature(payload, STRIPE_SECRET, Instant.now().getEpochSecond())),
        payload.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theOpenApiDocumentSaysWhatEachCallAnswers() throws Exception {
    Answer docs = api.call("GET", "/v3/api-docs", null, null);
    assertThat(docs.status()).isEqualTo(200);
    JsonNode paths = docs.body().path("paths");

    JsonNode release = paths.path("/api/v1/bookings/{id}/release").path("post").path("responses");
    assertThat(release.propertyNames()).contains("204").doesNotContain("200");
    JsonNode hold = paths.path("/api/v1/bookings").path("post").path("responses");
    assertThat(hold.propertyNames()).contains("201").doesNotContain("200");

    for (String path : paths.propertyNames()) {
      for (String method : paths.path(path).propertyNames()) {
        JsonNode operation = paths.path(path).path(method);
        boolean secured = !operation.path("security").isMissingNode();
        if (secured) {
          for (String status : new String[] {"401", "403"}) {
            assertThat(
                    operation
                        .path("responses")
                        .path(status)
                        .path("content")
                        .path("application/problem+json")
                        .isMissingNode())
                .as("%s %s documents %s as problem+json", method, path, status)
                .isFalse();
          }
        } else {
          assertThat(operation.path("responses").propertyNames())
              .as("%s %s is open to anyone", method, path)
              .doesNotContain("401", "403");
        }
      }
    }
    assertThat(paths.propertyNames()).contains("/api/v1/quote", "/api/v1/bookings");
  }
}
