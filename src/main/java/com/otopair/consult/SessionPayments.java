package com.otopair.consult;

import com.otopair.base.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * How live sessions are paid: the payments module provides this. With card payments on, a session
 * waits on the payment page ({@link SessionStatus#PAYING}) until its price is authorized; payments
 * then calls {@link PaidSessions}, captures the price when the session ends and releases it when
 * the session expires or is cancelled. Without card payments, sessions are free and their pages say
 * so.
 */
public interface SessionPayments {

  /** Whether sessions asked for now are free. */
  boolean free();

  /**
   * Charges the extra time the customer just accepted, on its own. Runs in the acceptance's
   * transaction: a refusal (an {@code InvalidRequestException}) undoes the acceptance. Keyed by
   * {@code offerId}, so a retry never charges twice. Free by default.
   */
  default void chargeExtra(UUID sessionId, UUID offerId, Money price) {}

  /**
   * What a mini extension (a live {@link FollowUps#MINI_MINUTES}-minute follow-up) of a session of
   * this service costs. By default {@link #DEFAULT_MINI_EXTENSION_MINOR} in the service's currency,
   * never more than the service itself.
   */
  default Money miniExtensionPrice(Money servicePrice) {
    return new Money(
        Math.min(DEFAULT_MINI_EXTENSION_MINOR, servicePrice.minor()), servicePrice.currency());
  }

  /** A mini extension's price unless the payments module says otherwise: 5.00. */
  long DEFAULT_MINI_EXTENSION_MINOR = 500;

  /**
   * The page where the customer authorizes a paying session's price: opened by the first call, the
   * same page after, in the caller's transaction (a page that cannot be opened refuses the
   * request); empty when sessions are free.
   */
  Optional<String> checkoutUrl(SessionCheckout checkout);
}
