package com.otopair.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A service's rate limit refusal reaches an API caller as 429 with Retry-After. */
class TooManyRequestsProblemTest {

  @Test
  void aRefusalIsAnswered429WithRetryAfterInWholeSeconds() {
    var refused =
        new TooManyRequestsException(
            "email", Instant.parse("2026-12-07T14:00:00Z"), Duration.ofMillis(89_200));

    ResponseEntity<ProblemDetail> answer = new ApiProblems().refused(refused);

    assertThat(answer.getStatusCode().value()).isEqualTo(429);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("90");
    ProblemDetail problem = answer.getBody();
    assertThat(problem).isNotNull();
    assertThat(problem.getType().toString()).endsWith("/too-many-requests");
    assertThat(problem.getDetail())
        .isEqualTo("Too many tries in a short time. Try again in 2 min.");
    assertThat(Problems.detailFor(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS))
        .isEqualTo("Too many requests in a short time; try again later");
  }
}
