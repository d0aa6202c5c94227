package com.otopair.payments.gateway;

import com.otopair.base.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The gateway refused or could not be reached. {@code retryable} is true for network trouble, rate
 * limits and the gateway's own errors (the outbox tries again later), false for a declined card or
 * a request the gateway will never accept. Pages show its message like any other refusal: a key of
 * the bundles and its values, read in the reader's language.
 */
public class PaymentFailedException extends InvalidRequestException {

  private final boolean retryable;

  public PaymentFailedException(
      String key, boolean retryable, @Nullable Throwable cause, Object... args) {
    super(null, key, args);
    if (cause != null) {
      initCause(cause);
    }
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
