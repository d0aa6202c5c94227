package com.otopair.payments.gateway;

/**
 * The gateway refused or could not be reached. {@code retryable} is true for network trouble, rate
 * limits and the gateway's own errors (the outbox tries again later), false for a declined card or
 * a request the gateway will never accept.
 */
public class PaymentFailedException extends RuntimeException {

  private final boolean retryable;

  public PaymentFailedException(
      String message, boolean retryable, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
