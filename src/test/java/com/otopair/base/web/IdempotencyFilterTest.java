package com.otopair.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The idempotency filter on the real key store, around calls that fail or succeed as the test says:
 * what HTTP alone cannot make happen on demand (a 5xx, a call that throws, a day passing). Over
 * HTTP: {@code IdempotencyServerIT}.
 */
class IdempotencyFilterTest extends IntegrationTest {

  @Autowired IdempotencyFilter filter;
  @Autowired IdempotencyKeys keys;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  UUID userId;
  final AtomicInteger runs = new AtomicInteger();

  @BeforeEach
  void signIn() {
    String email = "keys-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    userId = users.createVerifiedUser(email, "Kim Keys", Roles.CUSTOMER, "a long passphrase");
    SignIn.as(userDetails, email);
  }

  MockHttpServletResponse post(String key, String body, FilterChain chain)
      throws IOException, ServletException {
    var request = new MockHttpServletRequest("POST", "/api/v1/bookings");
    request.addHeader(IdempotencyFilter.HEADER, key);
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    var response = new MockHttpServletResponse();
    filter.doFilter(request, response, chain);
    return response;
  }

  /** A call that reads its body and answers {@code status} with it. */
  FilterChain answering(int status) {
    return (request, response) -> {
      runs.incrementAndGet();
      byte[] body = request.getInputStream().readAllBytes();
      ((jakarta.servlet.http.HttpServletResponse) response).setStatus(status);
      response.setContentType("application/json");
      response.getOutputStream().write(body);
    };
  }

  int rowsOf(String key) {
    return jdbc.queryForObject(
        "select count(*) from idempotency_keys where user_id = ? and idempotency_key = ?",
        Integer.class,
        userId,
        key);
  }

  @Test
  void aKeyWhoseFirstCallFailedWithA5xxRunsAgain() throws Exception {
    String key = "retry-" + UUID.randomUUID();

    assertThat(post(key, "{\"n\": 1}", answering(503)).getStatus()).isEqualTo(503);
    assertThat(rowsOf(key)).isZero();
    var retried = post(key, "{\"n\": 1}", answering(201));
    var replayed = post(key, "{\"n\": 1}", answering(201));

    assertThat(runs).hasValue(2);
    assertThat(retried.getStatus()).isEqualTo(201);
    assertThat(retried.getContentAsString()).isEqualTo("{\"n\": 1}");
    assertThat(retried.getHeader(IdempotencyFilter.REPLAYED)).isNull();
    assertThat(replayed.getStatus()).isEqualTo(201);
    assertThat(replayed.getContentAsString()).isEqualTo("{\"n\": 1}");
    assertThat(replayed.getHeader(IdempotencyFilter.REPLAYED)).isEqualTo("true");
  }

  @Test
  void aCallThatThrowsReleasesItsKey() throws Exception {
    String key = "throws-" + UUID.randomUUID();
    FilterChain failing =
        (request, response) -> {
          runs.incrementAndGet();
          throw new IllegalStateException("The database went away");
        };

    assertThatThrownBy(() -> post(key, "{}", failing)).isInstanceOf(IllegalStateException.class);
    assertThat(rowsOf(key)).isZero();
    assertThat(post(key, "{}", answering(200)).getStatus()).isEqualTo(200);
    assertThat(runs).hasValue(2);
  }

  @Test
  void aCallStillRunningMakesItsRepeat409() throws Exception {
    String key = "running-" + UUID.randomUUID();
    var repeat = new MockHttpServletResponse[1];
    FilterChain slow =
        (request, response) -> {
          runs.incrementAndGet();
          // While this call runs, the same request comes again.
          repeat[0] = post(key, "{}", answering(200));
          ((jakarta.servlet.http.HttpServletResponse) response).setStatus(200);
        };

    assertThat(post(key, "{}", slow).getStatus()).isEqualTo(200);

    assertThat(repeat[0].getStatus()).isEqualTo(409);
    assertThat(repeat[0].getContentType()).startsWith("application/problem+json");
    assertThat(repeat[0].getContentAsString()).contains("still being processed");
    assertThat(runs).hasValue(1);
  }

  @Test
  void aKeyIsForgottenAfterADay() throws Exception {
    String key = "day-" + UUID.randomUUID();
    post(key, "{\"n\": 1}", answering(201));

    clock.advance(Duration.ofHours(23));
    assertThat(post(key, "{\"n\": 2}", answering(201)).getStatus()).isEqualTo(422);
    clock.advance(Duration.ofHours(2));
    // Taken over by a new request before the purge came by.
    assertThat(post(key, "{\"n\": 2}", answering(201)).getContentAsString())
        .isEqualTo("{\"n\": 2}");
    assertThat(runs).hasValue(2);

    clock.advance(Duration.ofHours(25));
    keys.purge();
    assertThat(rowsOf(key)).isZero();
  }

  @Test
  void callsWithoutAKeyOrOtherThanPostArePassedThrough() throws Exception {
    var get = new MockHttpServletRequest("GET", "/api/v1/bookings");
    get.addHeader(IdempotencyFilter.HEADER, "get-" + UUID.randomUUID());
    filter.doFilter(get, new MockHttpServletResponse(), answering(200));
    filter.doFilter(
        new MockHttpServletRequest("POST", "/api/v1/bookings"),
        new MockHttpServletResponse(),
        answering(200));

    assertThat(runs).hasValue(2);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from idempotency_keys where user_id = ?", Integer.class, userId))
        .isZero();
  }
}
