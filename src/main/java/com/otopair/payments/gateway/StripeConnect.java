package com.otopair.payments.gateway;

import static com.otopair.payments.gateway.StripeErrors.call;
import static com.otopair.payments.gateway.StripeErrors.idempotent;

import com.otopair.base.Money;
import com.otopair.payments.gateway.PaymentGateway.AccountState;
import com.otopair.payments.gateway.PaymentGateway.Payout;
import com.stripe.StripeClient;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PayoutListParams;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Shops' connected Express accounts on Stripe Connect: creation, onboarding, state, payouts. */
final class StripeConnect {

  private final StripeClient client;

  StripeConnect(StripeClient client) {
    this.client = client;
  }

  String createAccount(String email, String country, String idempotencyKey) {
    var params =
        AccountCreateParams.builder()
            .setType(AccountCreateParams.Type.EXPRESS)
            .setEmail(email)
            .setCountry(country)
            .setCapabilities(
                AccountCreateParams.Capabilities.builder()
                    .setCardPayments(
                        AccountCreateParams.Capabilities.CardPayments.builder()
                            .setRequested(true)
                            .build())
                    .setTransfers(
                        AccountCreateParams.Capabilities.Transfers.builder()
                            .setRequested(true)
                            .build())
                    .build())
            .build();
    return call(() -> client.v1().accounts().create(params, idempotent(idempotencyKey))).getId();
  }

  /** A fresh link each time: Stripe's links work once and expire within minutes. */
  String onboardingLink(String accountId, String returnUrl, String refreshUrl) {
    var params =
        AccountLinkCreateParams.builder()
            .setAccount(accountId)
            .setReturnUrl(returnUrl)
            .setRefreshUrl(refreshUrl)
            .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
            .build();
    return call(() -> client.v1().accountLinks().create(params)).getUrl();
  }

  AccountState account(String accountId) {
    var account = call(() -> client.v1().accounts().retrieve(accountId));
    return new AccountState(
        account.getId(),
        Boolean.TRUE.equals(account.getDetailsSubmitted()),
        Boolean.TRUE.equals(account.getChargesEnabled()),
        Boolean.TRUE.equals(account.getPayoutsEnabled()));
  }

  /** Payouts live on the connected account, so the request is made as that account. */
  List<Payout> payouts(String accountId, int limit) {
    var params = PayoutListParams.builder().setLimit((long) limit).build();
    var options = RequestOptions.builder().setStripeAccount(accountId).build();
    var payouts = call(() -> client.v1().payouts().list(params, options));
    return payouts.getData().stream()
        .map(
            payout ->
                new Payout(
                    payout.getId(),
                    new Money(payout.getAmount(), payout.getCurrency().toUpperCase(Locale.ROOT)),
                    Instant.ofEpochSecond(payout.getArrivalDate()),
                    payout.getStatus()))
        .toList();
  }
}
