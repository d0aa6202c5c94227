package com.otopair.payments.gateway;

import com.otopair.base.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where money moves. Every call that changes something carries an idempotency key, so a retry (ours
 * or the client library's) never charges or refunds twice. Amounts are minor units of the payment's
 * currency.
 */
public interface PaymentGateway {

  /** True when customers can pay online; false for "pay at the shop". */
  boolean online();

  /**
   * Opens a hosted payment page that authorizes {@code request.amount()} without capturing it, and
   * saves the card for a later charge of a higher final amount.
   */
  HostedCheckout openCheckout(CheckoutRequest request);

  /**
   * The checkout as the gateway sees it now: on the customer's return, or when a webhook is late.
   */
  CheckoutState checkout(String sessionId);

  /** Expires an open checkout, so the customer can no longer pay on it. */
  void expireCheckout(String sessionId, String idempotencyKey);

  /**
   * Captures {@code amountMinor} (at most what was authorized) of an authorized payment; for a
   * charge to a connected account, {@code applicationFeeMinor} is the platform's commission on what
   * is captured (null keeps the one set at checkout).
   */
  Charge capture(
      String paymentIntentId,
      long amountMinor,
      @Nullable Long applicationFeeMinor,
      String idempotencyKey);

  /**
   * Charges the card saved with {@code paymentIntentId} again, without the customer present: the
   * part of a final amount above what was authorized.
   */
  Charge chargeAgain(
      String paymentIntentId,
      long amountMinor,
      String description,
      @Nullable String destinationAccount,
      long applicationFeeMinor,
      String idempotencyKey);

  /**
   * Holds the amount again on the card saved with {@code paymentIntentId}, without the customer
   * present: a new authorization (capture later) before the first one lapses.
   */
  Charge reauthorize(
      String paymentIntentId,
      long amountMinor,
      String description,
      @Nullable String destinationAccount,
      long applicationFeeMinor,
      String idempotencyKey);

  /** Releases an authorization without charging anything. */
  void release(String paymentIntentId, String idempotencyKey);

  /**
   * Refunds {@code amountMinor} of a captured payment; answers the refund's id. For a charge to a
   * connected account ({@code fromConnectedAccount}), the shop's transfer and the platform's
   * commission are reversed in proportion, so the shop, not the platform, gives the money back.
   */
  String refund(
      String paymentIntentId,
      long amountMinor,
      boolean fromConnectedAccount,
      String idempotencyKey);

  /** Creates a connected Express account for a shop; answers its id. */
  String createAccount(String email, String country, String idempotencyKey);

  /** A one-time onboarding link for a connected account. */
  String onboardingLink(String accountId, String returnUrl, String refreshUrl);

  /** A connected account's state. */
  AccountState account(String accountId);

  /** The connected account's latest payouts, newest first. */
  List<Payout> payouts(String accountId, int limit);

  /**
   * A hosted payment page for one payment. {@code destinationAccount} receives the money less
   * {@code applicationFeeMinor} (a destination charge); null keeps it on the platform.
   */
  record CheckoutRequest(
      UUID paymentId,
      Money amount,
      String description,
      String customerEmail,
      String successUrl,
      String cancelUrl,
      Instant expiresAt,
      @Nullable String destinationAccount,
      long applicationFeeMinor) {}

  /** An opened checkout: its id and the page to send the customer to. */
  record HostedCheckout(String sessionId, String url) {}

  /** Where a checkout stands. */
  enum CheckoutStatus {
    OPEN,
    COMPLETE,
    EXPIRED
  }

  /**
   * A checkout and, once complete, the payment it authorized: the intent, the amount that can be
   * captured, and the card.
   */
  record CheckoutState(
      String sessionId,
      CheckoutStatus status,
      @Nullable String paymentIntentId,
      long amountMinor,
      @Nullable String cardBrand,
      @Nullable String cardLast4) {}

  /** Money taken from a card. */
  record Charge(
      String paymentIntentId,
      long amountMinor,
      @Nullable String cardBrand,
      @Nullable String cardLast4) {}

  /** A connected account: onboarding done, and whether it can take charges and receive payouts. */
  record AccountState(
      String id, boolean detailsSubmitted, boolean chargesEnabled, boolean payoutsEnabled) {}

  /** Money sent to the shop's bank. */
  record Payout(String id, Money amount, Instant arrivalDate, String status) {}
}
