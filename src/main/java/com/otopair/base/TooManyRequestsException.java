package com.otopair.base;

import com.otopair.base.ui.RateLimitTexts;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Too many tries of one action in a short time (sign-ups from one address, invitations of one
 * owner): refused before anything changed. The message says when to try again; the REST API answers
 * 429 with {@code Retry-After}.
 */
public class TooManyRequestsException extends InvalidRequestException {

  private final Instant retryAt;
  private final Duration wait;

  public TooManyRequestsException(@Nullable String field, Instant retryAt, Duration wait) {
    super(field, "base.rate-limit.try-again");
    this.retryAt = retryAt;
    this.wait = wait;
  }

  /** When the action is allowed again. */
  public Instant retryAt() {
    return retryAt;
  }

  /** How long to wait, counted when the action was refused. */
  public Duration retryAfter() {
    return wait;
  }

  /** Whole seconds to wait, at least 1: the {@code Retry-After} header. */
  public long retryAfterSeconds() {
    return RateLimits.seconds(wait);
  }

  /** "Too many tries. Try again in 12 min (at 2:35 PM).", in the reader's language. */
  @Override
  public String getMessage() {
    return RateLimitTexts.tryAgain(retryAt, wait);
  }
}
