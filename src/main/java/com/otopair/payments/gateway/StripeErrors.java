package com.otopair.payments.gateway;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;

/**
 * How every Stripe request is made and what its failures say: one request at a time through {@link
 * #call}, each change with its caller's idempotency key, and each failure turned into a {@link
 * PaymentFailedException} whose message can be shown to people.
 */
final class StripeErrors {

  private StripeErrors() {}

  /** One Stripe request. */
  @FunctionalInterface
  interface StripeCall<T> {
    T run() throws StripeException;
  }

  /** Runs one request; what Stripe refuses or fails becomes a {@link PaymentFailedException}. */
  static <T> T call(StripeCall<T> call) {
    try {
      return call.run();
    } catch (StripeException e) {
      throw failure(e);
    }
  }

  /** The options of a request that changes something: stripe-java retries it with this key. */
  static RequestOptions idempotent(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  /**
   * What went wrong, in words for the person who asked (a key of the bundles), and whether trying
   * later may work: yes when Stripe couldn't be reached, was busy or failed itself; no when it
   * refused the card or the request.
   */
  static PaymentFailedException failure(StripeException e) {
    return switch (e) {
      case CardException card -> new PaymentFailedException(declined(card), false, e);
      case ApiConnectionException unreachable ->
          new PaymentFailedException("payments.stripe.unreachable", true, e);
      case RateLimitException busy -> new PaymentFailedException("payments.stripe.busy", true, e);
      case ApiException broken -> new PaymentFailedException("payments.stripe.broken", true, e);
      case IdempotencyException repeated ->
          new PaymentFailedException("payments.stripe.repeated", false, e);
      case AuthenticationException refused ->
          new PaymentFailedException("payments.stripe.credentials", false, e);
      case InvalidRequestException invalid ->
          // Stripe's own words, in English: what it refused is for whoever set the request up.
          new PaymentFailedException("payments.stripe.refused-because", false, e, reason(invalid));
      default -> new PaymentFailedException("payments.stripe.refused", false, e);
    };
  }

  /**
   * Stripe's decline, which it words in English, as a key of the bundles: the bank's reason ({@code
   * decline_code}) when it is one people can act on, else the card error's code, else a plain
   * "declined".
   */
  static String declined(CardException e) {
    for (String code : new String[] {e.getDeclineCode(), e.getCode()}) {
      if (code == null) {
        continue;
      }
      switch (code) {
        case "insufficient_funds" -> {
          return "payments.decline.insufficient-funds";
        }
        case "expired_card" -> {
          return "payments.decline.expired-card";
        }
        case "incorrect_cvc", "invalid_cvc" -> {
          return "payments.decline.incorrect-cvc";
        }
        case "processing_error" -> {
          return "payments.decline.processing-error";
        }
        default -> {}
      }
    }
    return "payments.decline.card-declined";
  }

  private static String reason(StripeException e) {
    var error = e.getStripeError();
    return error != null && error.getMessage() != null ? error.getMessage() : e.getMessage();
  }
}
