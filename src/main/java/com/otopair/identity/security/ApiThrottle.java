package com.otopair.identity.security;

import com.otopair.base.I18n;
import com.otopair.base.RateLimits;
import com.otopair.base.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The API's rate limits, for {@link ApiTokenFilter}: calls per token (reads and writes counted
 * apart), and refused tokens per address. An address that used up its refused tokens is answered
 * 429 on this node at once, before any token lookup, until its time is up; valid tokens from other
 * addresses never touch that count.
 */
@Component
class ApiThrottle {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final int REMEMBERED = 10_000;

  private final RateLimits limits;
  private final Clock clock;
  private final Map<String, Instant> refusedUntil = new ConcurrentHashMap<>();

  ApiThrottle(RateLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** Takes a call of this token; the refusal when it made too many. */
  Optional<RateLimits.Refusal> call(UUID tokenId, HttpServletRequest request) {
    return limits.take(
        READS.contains(request.getMethod())
            ? RateLimits.Limit.API_READ_TOKEN
            : RateLimits.Limit.API_WRITE_TOKEN,
        tokenId);
  }

  /** When this request's address may send bearer tokens again, if this node refuses it now. */
  Optional<Instant> barred(HttpServletRequest request) {
    String address = address(request);
    Instant until = address == null ? null : refusedUntil.get(address);
    if (until == null) {
      return Optional.empty();
    }
    if (!until.isAfter(clock.instant())) {
      refusedUntil.remove(address, until);
      return Optional.empty();
    }
    return Optional.of(until);
  }

  /** Counts a refused token of this request's address; the refusal when it sent too many. */
  Optional<RateLimits.Refusal> refusedToken(HttpServletRequest request) {
    String address = address(request);
    if (address == null) {
      return Optional.empty();
    }
    Optional<RateLimits.Refusal> refusal =
        limits.take(RateLimits.Limit.API_BAD_TOKEN_ADDRESS, address);
    refusal.ifPresent(
        r -> {
          if (refusedUntil.size() >= REMEMBERED) {
            Instant now = clock.instant();
            refusedUntil.values().removeIf(until -> !until.isAfter(now));
          }
          refusedUntil.put(address, r.retryAt());
        });
    return refusal;
  }

  /** Seconds from now until {@code at}, at least 1. */
  long secondsUntil(Instant at) {
    long millis = at.toEpochMilli() - clock.instant().toEpochMilli();
    return Math.max(1, (millis + 999) / 1000);
  }

  /** Answers 429 problem+json with {@code Retry-After}. */
  static void tooMany(HttpServletResponse response, long seconds, String key) throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, I18n.t(key, String.valueOf(seconds)));
  }

  private static @Nullable String address(HttpServletRequest request) {
    return RateLimits.network(request.getRemoteAddr());
  }
}
