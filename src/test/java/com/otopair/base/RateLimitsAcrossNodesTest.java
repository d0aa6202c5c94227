package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserProvisioning;
import com.otopair.identity.security.SignInThrottledException;
import com.otopair.support.Cluster;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.MutableClock;
import com.otopair.support.SignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Two nodes of Otopair on one PostgreSQL and one clock count against the same limits: what one node
 * allowed, the other does not allow again, and both allow again once the time is up.
 */
@Order(FreshDatabaseTest.ORDER - 1)
class RateLimitsAcrossNodesTest {

  private static final MutableClock SHARED = new MutableClock();
  private static final String PASSWORD = "correct horse battery";

  static ConfigurableApplicationContext one;
  static ConfigurableApplicationContext two;
  static Cluster cluster;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Both nodes read the one clock the test moves. */
  @Configuration(proxyBeanMethods = false)
  static class SharedClock {
    @Bean
    @Primary
    Clock sharedClock() {
      return SHARED;
    }
  }

  @BeforeAll
  static void startTwoNodesOnOneDatabase() {
    cluster =
        Cluster.start(
            List.of(SharedClock.class), "--otopair.rate-limits.api.write.token.capacity=5");
    one = cluster.one();
    two = cluster.two();
  }

  @AfterAll
  static void stopBothNodes() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void apiWritesOfOneTokenAreCountedOnceForBothNodes() throws Exception {
    String token = newToken("Two nodes");

    for (var node : new ConfigurableApplicationContext[] {one, one, one, two, two}) {
      assertThat(release(node, token).statusCode()).isNotEqualTo(429);
    }
    for (var node : new ConfigurableApplicationContext[] {one, two}) {
      HttpResponse<String> refused = release(node, token);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
    }

    SHARED.advance(Duration.ofSeconds(12));
    assertThat(release(two, token).statusCode()).isNotEqualTo(429);
    assertThat(release(one, token).statusCode()).isEqualTo(429);
  }

  @Test
  void apiReadsOfOneTokenOnBothNodesGetAtMostATwentiethMorePerNode() throws Exception {
    String token = newToken("Two nodes reading");
    int capacity = one.getBean(RateLimits.class).rate(RateLimits.Limit.API_READ_TOKEN).capacity();

    // Each node counts its calls on its own copy and writes them every twentieth of the capacity:
    // bursts on one node and then the other, until both refuse.
    int allowed = 0;
    int refusedInARow = 0;
    Instant started = SHARED.instant();
    for (int burst = 0; refusedInARow < 20 && burst < 100; burst++) {
      var node = burst % 2 == 0 ? one : two;
      for (int call = 0; call < 10; call++) {
        if (read(node, token).statusCode() == 429) {
          refusedInARow++;
        } else {
          allowed++;
          refusedInARow = 0;
        }
      }
    }
    // Tries also come back as the shared clock moves on (5 a second at 300 a minute).
    long cameBack = Duration.between(started, SHARED.instant()).toMillis() * capacity / 60_000 + 1;
    assertThat(refusedInARow).as("both nodes refuse in the end").isGreaterThanOrEqualTo(20);
    assertThat(allowed).isBetween(capacity, capacity + 2 * (capacity / 20) + (int) cameBack);
  }

  @Test
  void failedSignInsOnEitherNodeAddUpForOneAccountAndAddress() {
    String email = newUser();
    for (var node : new ConfigurableApplicationContext[] {one, two, one, two, one}) {
      assertThatThrownBy(() -> signIn(node, email, "wrong guess"))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> signIn(two, email, PASSWORD))
        .isInstanceOf(SignInThrottledException.class);
    assertThatThrownBy(() -> signIn(one, email, PASSWORD))
        .isInstanceOf(SignInThrottledException.class);

    SHARED.advance(Duration.ofMinutes(3));
    assertThatCode(() -> signIn(two, email, PASSWORD)).doesNotThrowAnyException();
  }

  /** A new user's API token, issued on node one. */
  private static String newToken(String name) {
    String email = newUser();
    // Node one's method security reads node one's strategy; CurrentUser reads the JVM's.
    var signedIn = SignIn.as(one.getBean(UserDetailsService.class), email);
    var strategy = one.getBean(SecurityContextHolderStrategy.class);
    var context = strategy.createEmptyContext();
    context.setAuthentication(signedIn);
    strategy.setContext(context);
    try {
      return one.getBean(ApiTokens.class).issue(name).secret();
    } finally {
      strategy.clearContext();
      SecurityContextHolder.clearContext();
    }
  }

  private static String newUser() {
    String email = "nodes-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    one.getBean(UserProvisioning.class)
        .createVerifiedUser(email, "Noa Nodes", Roles.CUSTOMER, PASSWORD);
    return email;
  }

  private static void signIn(ConfigurableApplicationContext node, String email, String password) {
    var request = new MockHttpServletRequest();
    request.setRemoteAddr("203.0.113.77");
    var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    attempt.setDetails(new WebAuthenticationDetails(request));
    node.getBean(AuthenticationManager.class).authenticate(attempt);
  }

  private static HttpResponse<String> read(ConfigurableApplicationContext node, String token)
      throws Exception {
    String port = node.getEnvironment().getProperty("local.server.port");
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/bookings"))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> release(ConfigurableApplicationContext node, String token)
      throws Exception {
    String port = node.getEnvironment().getProperty("local.server.port");
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + port
                        + "/api/v1/bookings/"
                        + UUID.randomUUID()
                        + "/release"))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
