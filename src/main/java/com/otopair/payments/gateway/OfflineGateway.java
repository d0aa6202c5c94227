package com.otopair.payments.gateway;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Pay at the shop": no card is taken online, so there is nothing to authorize, capture or refund
 * here. The shop records what it was paid; Otopair issues the invoice and the receipt.
 */
public class OfflineGateway implements PaymentGateway {

  @Override
  public boolean online() {
    return false;
  }

  @Override
  public HostedCheckout openCheckout(CheckoutRequest request) {
    throw notOnline();
  }

  @Override
  public CheckoutState checkout(String sessionId) {
    throw notOnline();
  }

  @Override
  public void expireCheckout(String sessionId, String idempotencyKey) {
    throw notOnline();
  }

  @Override
  public Charge capture(
      String paymentIntentId,
      long amountMinor,
      @Nullable Long applicationFeeMinor,
      String idempotencyKey) {
    throw notOnline();
  }

  @Override
  public Charge reauthorize(
      String paymentIntentId,
      long amountMinor,
      String description,
      @Nullable String destinationAccount,
      long applicationFeeMinor,
      String idempotencyKey) {
    throw notOnline();
  }

  @Override
  public Charge chargeAgain(
      String paymentIntentId,
      long amountMinor,
      String description,
      @Nullable String destinationAccount,
      long applicationFeeMinor,
      String idempotencyKey) {
    throw notOnline();
  }

  @Override
  public void release(String paymentIntentId, String idempotencyKey) {
    throw notOnline();
  }

  @Override
  public String refund(
      String paymentIntentId,
      long amountMinor,
      boolean fromConnectedAccount,
      String idempotencyKey) {
    throw notOnline();
  }

  @Override
  public String createAccount(String email, String country, String idempotencyKey) {
    throw notOnline();
  }

  @Override
  public String onboardingLink(String accountId, String returnUrl, String refreshUrl) {
    throw notOnline();
  }

  @Override
  public AccountState account(String accountId) {
    throw notOnline();
  }

  @Override
  public List<Payout> payouts(String accountId, int limit) {
    return List.of();
  }

  private static PaymentFailedException notOnline() {
    return new PaymentFailedException("payments.rules.not-online", false, null);
  }
}
