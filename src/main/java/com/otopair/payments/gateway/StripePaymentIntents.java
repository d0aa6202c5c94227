package com.otopair.payments.gateway;

import static com.otopair.payments.gateway.StripeErrors.call;
import static com.otopair.payments.gateway.StripeErrors.failure;
import static com.otopair.payments.gateway.StripeErrors.idempotent;

import com.otopair.payments.gateway.PaymentGateway.Charge;
import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The money of a payment intent: capturing what a checkout authorized, charging or holding the
 * saved card again without the customer, releasing a hold, refunding, and reading the card a charge
 * was taken from.
 */
final class StripePaymentIntents {

  private final StripeClient client;

  StripePaymentIntents(StripeClient client) {
    this.client = client;
  }

  Charge capture(
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
   * A payment on the customer and card saved by the original payment, off session: Stripe declines
   * rather than asks for the customer when the bank wants authentication. {@code holdOnly}
   * authorizes it for a capture later instead of taking the money now.
   */
  Charge offSession(
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
  void release(String paymentIntentId, String idempotencyKey) {
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

  String refund(
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

  /** What was taken by {@code intent}, with the card of its latest charge. */
  Charge charge(PaymentIntent intent) {
    var card = card(intent);
    return new Charge(
        intent.getId(),
        orZero(intent.getAmountReceived()),
        card == null ? null : card.getBrand(),
        card == null ? null : card.getLast4());
  }

  /** The card of the intent's latest charge, fetched when the answer didn't expand it. */
  com.stripe.model.Charge.PaymentMethodDetails.@Nullable Card card(PaymentIntent intent) {
    var charge = intent.getLatestChargeObject();
    if (charge == null && intent.getLatestCharge() != null) {
      charge = call(() -> client.v1().charges().retrieve(intent.getLatestCharge()));
    }
    var details = charge == null ? null : charge.getPaymentMethodDetails();
    return details == null ? null : details.getCard();
  }

  static long orZero(@Nullable Long value) {
    return value == null ? 0 : value;
  }

  private static PaymentIntentRetrieveParams retrieveOnly() {
    return PaymentIntentRetrieveParams.builder().build();
  }
}
