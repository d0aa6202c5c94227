package com.otopair.payments.gateway;

import static com.otopair.payments.gateway.StripeErrors.call;
import static com.otopair.payments.gateway.StripeErrors.failure;
import static com.otopair.payments.gateway.StripeErrors.idempotent;
import static com.otopair.payments.gateway.StripePaymentIntents.orZero;

import com.otopair.payments.gateway.PaymentGateway.CheckoutRequest;
import com.otopair.payments.gateway.PaymentGateway.CheckoutState;
import com.otopair.payments.gateway.PaymentGateway.CheckoutStatus;
import com.otopair.payments.gateway.PaymentGateway.HostedCheckout;
import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import java.util.Locale;

/**
 * Stripe's hosted Checkout pages: one authorizes a payment's amount with manual capture and saves
 * the card for off-session use; its state is read back on the customer's return or a late webhook.
 */
final class StripeCheckouts {

  private final StripeClient client;
  private final StripePaymentIntents intents;

  StripeCheckouts(StripeClient client, StripePaymentIntents intents) {
    this.client = client;
    this.intents = intents;
  }

  HostedCheckout open(CheckoutRequest request) {
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

  CheckoutState state(String sessionId) {
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
    var card = intent == null ? null : intents.card(intent);
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
  void expire(String sessionId, String idempotencyKey) {
    try {
      client.v1().checkout().sessions().expire(sessionId, idempotent(idempotencyKey));
    } catch (InvalidRequestException e) {
      if (state(sessionId).status() == CheckoutStatus.OPEN) {
        throw failure(e);
      }
    } catch (StripeException e) {
      throw failure(e);
    }
  }
}
