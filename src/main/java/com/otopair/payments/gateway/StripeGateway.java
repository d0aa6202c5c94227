package com.otopair.payments.gateway;

import com.stripe.StripeClient;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link PaymentGateway} over Stripe's API. A hosted Checkout page authorizes the booking's amount
 * with manual capture and saves the card for off-session use, so the shop captures what the job
 * finally cost and charges the card again for any excess. A shop with a connected Express account
 * receives each charge as a destination charge, less the platform's application fee.
 *
 * <p>Every call that changes something sends the caller's idempotency key; stripe-java retries
 * network errors, conflicts and Stripe's own 5xx errors up to {@code maxNetworkRetries} times with
 * that same key, so a retry never charges twice. What still fails becomes a {@link
 * PaymentFailedException} whose message can be shown to people ({@link StripeErrors}).
 *
 * <p>The work is done by one class per part of Stripe's API: {@link StripeCheckouts} (hosted
 * pages), {@link StripePaymentIntents} (captures, charges on the saved card, releases, refunds) and
 * {@link StripeConnect} (shops' accounts and payouts).
 *
 * <p>Not a Spring bean by itself: the payments configuration builds one when a secret key is set.
 */
public class StripeGateway implements PaymentGateway {

  private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
  private static final int READ_TIMEOUT_MILLIS = 40_000;

  private final StripeCheckouts checkouts;
  private final StripePaymentIntents intents;
  private final StripeConnect connect;

  public StripeGateway(StripeSettings settings) {
    var secretKey = settings.secretKey();
    if (secretKey == null || secretKey.isBlank()) {
      throw new IllegalArgumentException("Stripe needs a secret key (otopair.stripe.secret-key)");
    }
    var client =
        StripeClient.builder()
            .setApiKey(secretKey)
            .setApiBase(settings.apiBase())
            .setConnectBase(settings.connectBase())
            .setMaxNetworkRetries(settings.maxNetworkRetries())
            .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
            .setReadTimeout(READ_TIMEOUT_MILLIS)
            .build();
    intents = new StripePaymentIntents(client);
    checkouts = new StripeCheckouts(client, intents);
    connect = new StripeConnect(client);
  }

  @Override
  public boolean online() {
    return true;
  }

  @Override
  public HostedCheckout openCheckout(CheckoutRequest request) {
    return checkouts.open(request);
  }

  @Override
  public CheckoutState checkout(String sessionId) {
    return checkouts.state(sessionId);
  }

  @Override
  public void expireCheckout(String sessionId, String idempotencyKey) {
    checkouts.expire(sessionId, idempotencyKey);
  }

  @Override
  public Charge capture(
      String paymentIntentId,
      long amountMinor,
      @Nullable Long applicationFeeMinor,
      String idempotencyKey) {
    return intents.capture(paymentIntentId, amountMinor, applicationFeeMinor, idempotencyKey);
  }

  @Override
  public Charge chargeAgain(
      String paymentIntentId,
      long amountMinor,
      String description,
      @Nullable String destinationAccount,
      long applicationFeeMinor,
      String idempotencyKey) {
    return intents.offSession(
        paymentIntentId,
        amountMinor,
        description,
        destinationAccount,
        applicationFeeMinor,
        idempotencyKey,
        false);
  }

  @Override
  public Charge reauthorize(
      String paymentIntentId,
      long amountMinor,
      String description,
      @Nullable String destinationAccount,
      long applicationFeeMinor,
      String idempotencyKey) {
    return intents.offSession(
        paymentIntentId,
        amountMinor,
        description,
        destinationAccount,
        applicationFeeMinor,
        idempotencyKey,
        true);
  }

  @Override
  public void release(String paymentIntentId, String idempotencyKey) {
    intents.release(paymentIntentId, idempotencyKey);
  }

  @Override
  public String refund(
      String paymentIntentId,
      long amountMinor,
      boolean fromConnectedAccount,
      String idempotencyKey) {
    return intents.refund(paymentIntentId, amountMinor, fromConnectedAccount, idempotencyKey);
  }

  @Override
  public String createAccount(String email, String country, String idempotencyKey) {
    return connect.createAccount(email, country, idempotencyKey);
  }

  @Override
  public String onboardingLink(String accountId, String returnUrl, String refreshUrl) {
    return connect.onboardingLink(accountId, returnUrl, refreshUrl);
  }

  @Override
  public AccountState account(String accountId) {
    return connect.account(accountId);
  }

  @Override
  public List<Payout> payouts(String accountId, int limit) {
    return connect.payouts(accountId, limit);
  }
}
