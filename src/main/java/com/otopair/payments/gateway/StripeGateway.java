package com.otopair.payments.gateway;

import com.otopair.base.Money;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.PayoutListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * PaymentFailedException} whose message can be shown to people.
 *
 * <p>Not a Spring bean by itself: the payments configuration builds one when a secret key is set.
 */
public class StripeGateway implements PaymentGateway {

  private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
  private static final int READ_TIMEOUT_MILLIS = 40_000;

  private final StripeClient client;

  public StripeGateway(StripeSettings settings) {
    var secretKey = settings.secretKey();
    if (secretKey == null || secretKey.isBlank()) {
      throw new IllegalArgumentException("Stripe needs a secret key (otopair.stripe.secret-key)");
    }
    client =
        StripeClient.builder()
            .setApiKey(secretKey)
            .setApiBase(settings.apiBase())
            .setConnectBase(settings.connectBase())
            .setMaxNetworkRetries(settings.maxNetworkRetries())
            .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
            .setReadTimeout(READ_TIMEOUT_MILLIS)
            .build();
  }

  @Override
  public boolean online() {
    return true;
  }

  @Override
  public HostedCheckout openCheckout(CheckoutRequest request) {
    var paymentId = request.paymentId().toString();
    var intent =
        SessionCreateParams.PaymentIntentData.builder()
            .setCaptureMethod(SessionCreateParams.PaymentIntentData.CaptureMethod.MANUAL)
            .setSetupFutureUsage(SessionCreateParams.PaymentIntentData.SetupFutureUsage.OFF_SESSION)
            .setDescription(request.description())
            .putMetadata("payment_id", paymentId);
    var destination = request.destinationAccount();
    if (destination != null) {
      intent
          .setTransferData(
              SessionCreateParams.PaymentIntentData.TransferData.builder()
                  .setDestination(destination)
                  .build())
          .setApplicationFeeAmount(request.applicationFeeMinor());
    }
    var params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .addLineItem(
                SessionCreateParams.LineItem.builder()
                    .setQuantity(1L)
                    .setPriceData(
                        SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(request.amount().currency().toLowerCase(Locale.ROOT))
                            .setUnitAmount(request.amount().minor())
                            .setProductData(
                                SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName(request.description())
                                    .build())
                            .build())
                    .build())
            .setCustomerEmail(request.customerEmail())
            // a customer to keep the card on, for charging the excess of the final amount
            .setCustomerCreation(SessionCreateParams.CustomerCreation.ALWAYS)
            .setSuccessUrl(request.successUrl())
            .setCancelUrl(request.cancelUrl())
            .setExpiresAt(request.expiresAt().getEpochSecond())
            .setClientReferenceId(paymentId)
            .putMetadata("payment_id", paymentId)
            .setPaymentIntentData(intent.build())
            .build();
    Session session =
        call(
            () ->
                client
                    .v1()
                    .checkout()
                    .sessions()
                    .create(params, idempotent("checkout-" + paymentId)));
    return new HostedCheckout(session.getId(), session.getUrl());
  }

  @Override
  public CheckoutState checkout(String sessionId) {
    var params =
        SessionRetrieveParams.builder()
            .addExpand("payment_intent")
            .addExpand("payment_intent.latest_charge")
            .build();
    Session session = call(() -> client.v1().checkout().sessions().retrieve(sessionId, params));
    var status =
        switch (session.getStatus()) {
          case "open" -> CheckoutStatus.OPEN;
          case "complete" -> CheckoutStatus.COMPLETE;
          case "expired" -> CheckoutStatus.EXPIRED;
          default ->
              throw new PaymentFailedException(
                  "payments.stripe.unknown-status", false, null, session.getStatus());
        };
    PaymentIntent intent = session.getPaymentIntentObject();
    var amount =
        intent != null && intent.getAmountCapturable() != null
            ? intent.getAmountCapturable()
            : orZero(session.getAmountTotal());
    var card = intent == null ? null : card(intent);
    return new CheckoutState(
        session.getId(),
        status,
        session.getPaymentIntent(),
        amount,
        card == null ? null : card.getBrand(),
        card == null ? null : card.getLast4());
  }

  /**
   * Expires an open checkout. A checkout that is already expired or complete can no longer be paid
   * either, so Stripe's refusal to expire it counts as done.
   */
  @Override
  public void expireCheckout(String sessionId, String idempotencyKey) {
    try {
      client.v1().checkout().sessions().expire(sessionId, idempotent(idempotencyKey));
    } catch (InvalidRequestException e) {
      if (checkout(sessionId).status() == CheckoutStatus.OPEN) {
        throw failure(e);
      }
    } catch (StripeException e) {
      throw failure(e);
    }
  }

  @Override
  public Charge capture(
      String paymentIntentId,
      long amountMinor,
      @Nullable Long applicationFeeMinor,
      String idempotencyKey) {
    var builder =
        PaymentIntentCaptureParams.builder()
            .setAmountToCapture(amountMinor)
            .addExpand("latest_charge");
    if (applicationFeeMinor != null) {
      builder.setApplicationFeeAmount(applicationFeeMinor);
    }
    var params = builder.build();
    PaymentIntent intent =
        call(
            () ->
                client
                    .v1()
                    .paymentIntents()
                    .capture(paymentIntentId, params, idempotent(idempotencyKey)));
    return charge(intent);
  }

  /**
   * Charges the customer and card saved by the original payment, off session: Stripe declines
   * rather than asks for the customer when the bank wants authentication.
   */
  @Override
  public Charge chargeAgain(
      String paymentIntentId,
      long amountMinor,
      String description,
      @Nullable String destinationAccount,
      long applicationFeeMinor,
      String idempotencyKey) {
    return offSession(
        paymentIntentId,
        amountMinor,
        description,
        destinationAccount,
        applicationFeeMinor,
        idempotencyKey,
        false);
  }

  /** The same off-session payment, authorized only: captured later. */
  @Override
  public Charge reauthorize(
      String paymentIntentId,
      long amountMinor,
      String description,
      @Nullable String destinationAccount,
      long applicationFeeMinor,
      String idempotencyKey) {
    return offSession(
        paymentIntentId,
        amountMinor,
        description,
        destinationAccount,
        applicationFeeMinor,
        idempotencyKey,
        true);
  }

  private Charge offSession(
      String paymentIntentId,
      long amountMinor,
      String description,
      @Nullable String destinationAccount,
      long applicationFeeMinor,
      String idempotencyKey,
      boolean holdOnly) {
    PaymentIntent original =
        call(() -> client.v1().paymentIntents().retrieve(paymentIntentId, retrieveOnly()));
    var customer = original.getCustomer();
    var paymentMethod = original.getPaymentMethod();
    if (customer == null || paymentMethod == null) {
      throw new PaymentFailedException("payments.stripe.card-not-saved", false, null);
    }
    var params =
        PaymentIntentCreateParams.builder()
            .setAmount(amountMinor)
            .setCurrency(original.getCurrency())
            .setCustomer(customer)
            .setPaymentMethod(paymentMethod)
            .addPaymentMethodType("card")
            .setOffSession(true)
            .setConfirm(true)
            .setDescription(description)
            .putAllMetadata(original.getMetadata() == null ? Map.of() : original.getMetadata())
            .putMetadata("first_payment_intent", paymentIntentId)
            .addExpand("latest_charge");
    if (holdOnly) {
      params.setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL);
    }
    if (destinationAccount != null) {
      params
          .setTransferData(
              PaymentIntentCreateParams.TransferData.builder()
                  .setDestination(destinationAccount)
                  .build())
          .setApplicationFeeAmount(applicationFeeMinor);
    }
    PaymentIntent intent =
        call(() -> client.v1().paymentIntents().create(params.build(), idempotent(idempotencyKey)));
    return charge(intent);
  }

  /** Cancels the intent; an intent that is already canceled counts as released. */
  @Override
  public void release(String paymentIntentId, String idempotencyKey) {
    try {
      client.v1().paymentIntents().cancel(paymentIntentId, idempotent(idempotencyKey));
    } catch (InvalidRequestException e) {
      PaymentIntent intent =
          call(() -> client.v1().paymentIntents().retrieve(paymentIntentId, retrieveOnly()));
      if (!"canceled".equals(intent.getStatus())) {
        throw failure(e);
      }
    } catch (StripeException e) {
      throw failure(e);
    }
  }

  @Override
  public String refund(
      String paymentIntentId,
      long amountMinor,
      boolean fromConnectedAccount,
      String idempotencyKey) {
    var builder =
        RefundCreateParams.builder().setPaymentIntent(paymentIntentId).setAmount(amountMinor);
    if (fromConnectedAccount) {
      builder.setReverseTransfer(true).setRefundApplicationFee(true);
    }
    var params = builder.build();
    return call(() -> client.v1().refunds().create(params, idempotent(idempotencyKey))).getId();
  }

  @Override
  public String createAccount(String email, String country, String idempotencyKey) {
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
  @Override
  public String onboardingLink(String accountId, String returnUrl, String refreshUrl) {
    var params =
        AccountLinkCreateParams.builder()
            .setAccount(accountId)
            .setReturnUrl(returnUrl)
            .setRefreshUrl(refreshUrl)
            .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
            .build();
    return call(() -> client.v1().accountLinks().create(params)).getUrl();
  }

  @Override
  public AccountState account(String accountId) {
    var account = call(() -> client.v1().accounts().retrieve(accountId));
    return new AccountState(
        account.getId(),
        Boolean.TRUE.equals(account.getDetailsSubmitted()),
        Boolean.TRUE.equals(account.getChargesEnabled()),
        Boolean.TRUE.equals(account.getPayoutsEnabled()));
  }

  /** Payouts live on the connected account, so the request is made as that account. */
  @Override
  public List<Payout> payouts(String accountId, int limit) {
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

  /** What was taken by {@code intent}, with the card of its latest charge. */
  private Charge charge(PaymentIntent intent) {
    var card = card(intent);
    return new Charge(
        intent.getId(),
        orZero(intent.getAmountReceived()),
        card == null ? null : card.getBrand(),
        card == null ? null : card.getLast4());
  }

  /** The card of the intent's latest charge, fetched when the answer didn't expand it. */
  private com.stripe.model.Charge.PaymentMethodDetails.@Nullable Card card(PaymentIntent intent) {
    var charge = intent.getLatestChargeObject();
    if (charge == null && intent.getLatestCharge() != null) {
      charge = call(() -> client.v1().charges().retrieve(intent.getLatestCharge()));
    }
    var details = charge == null ? null : charge.getPaymentMethodDetails();
    return details == null ? null : details.getCard();
  }

  private static PaymentIntentRetrieveParams retrieveOnly() {
    return PaymentIntentRetrieveParams.builder().build();
  }

  private static RequestOptions idempotent(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  private static long orZero(@Nullable Long value) {
    return value == null ? 0 : value;
  }

  /** One Stripe request. */
  @FunctionalInterface
  private interface StripeCall<T> {
    T run() throws StripeException;
  }

  private static <T> T call(StripeCall<T> call) {
    try {
      return call.run();
    } catch (StripeException e) {
      throw failure(e);
    }
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
