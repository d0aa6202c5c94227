package com.otopair.payments;

import static com.otopair.payments.StripeEvents.text;

import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.domain.ShopPaymentSettingsRepository;
import com.otopair.payments.gateway.PaymentGateway;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * What one stored Stripe event does, in the transaction of the run that claimed it: safe in any
 * order, since a payment's state only moves forward and a payout account's only with a newer
 * report.
 */
@Component
@Transactional
class StripeEventHandler {

  private static final Logger log = LoggerFactory.getLogger(StripeEventHandler.class);

  private final PaymentRepository payments;
  private final ShopPaymentSettingsRepository settings;
  private final PaymentRecords records;
  private final Checkouts checkouts;
  private final CardHolds holds;
  private final Refunds refunds;
  private final PaymentGateway gateway;

  StripeEventHandler(
      PaymentRepository payments,
      ShopPaymentSettingsRepository settings,
      PaymentRecords records,
      Checkouts checkouts,
      CardHolds holds,
      Refunds refunds,
      PaymentGateway gateway) {
    this.payments = payments;
    this.settings = settings;
    this.records = records;
    this.checkouts = checkouts;
    this.holds = holds;
    this.refunds = refunds;
    this.gateway = gateway;
  }

  void handle(String type, @Nullable JsonNode object, Instant created) {
    if (object == null) {
      return;
    }
    switch (type) {
      case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
          bySession(object)
              .map(records::lock)
              .ifPresent(
                  p -> {
                    if (p.getStatus() == PaymentStatus.PENDING
                        || p.getStatus() == PaymentStatus.AUTHORIZED
                        || p.getStatus() == PaymentStatus.CAPTURED) {
                      checkouts.settle(p, gateway.checkout(String.valueOf(text(object, "id"))));
                    }
                  });
      case "checkout.session.expired" -> bySession(object).ifPresent(checkouts::checkoutExpired);
      case "payment_intent.succeeded" -> {
        // Otopair captures authorized payments itself (and a rolled-back capture is retried
        // under the same key), so only a payment never seen as authorized is moved here.
        String intent = text(object, "id");
        if (intent != null) {
          byIntent(object)
              .filter(p -> p.getStatus() == PaymentStatus.PENDING)
              .ifPresent(p -> holds.intentSucceeded(p, intent, number(object, "amount_received")));
        }
      }
      case "payment_intent.canceled" -> byIntent(object).ifPresent(holds::intentCanceled);
      case "charge.refunded" -> {
        String intent = text(object, "payment_intent");
        if (intent != null) {
          refunds.refundedAtStripe(intent, number(object, "amount_refunded"));
        }
      }
      case "account.updated" -> {
        String account = text(object, "id");
        if (account != null) {
          settings
              .findByAccountId(account)
              .ifPresent(
                  shop ->
                      shop.accountReported(
                          flag(object, "charges_enabled") && flag(object, "payouts_enabled")
                              ? PayoutAccountStatus.ENABLED
                              : PayoutAccountStatus.PENDING,
                          created));
        }
      }
      default -> log.debug("Ignored a Stripe event of type {}", type);
    }
  }

  private Optional<Payment> bySession(JsonNode session) {
    String id = text(session, "id");
    return id == null ? Optional.empty() : payments.findByCheckoutSessionId(id);
  }

  /** The payment of an intent: by its id, or by our id in its metadata when the intent is new. */
  private Optional<Payment> byIntent(JsonNode intent) {
    String id = text(intent, "id");
    Optional<Payment> found = id == null ? Optional.empty() : payments.findByPaymentIntentId(id);
    if (found.isPresent()) {
      return found;
    }
    JsonNode metadata = intent.path("metadata");
    if (metadata.isObject()) {
      String paymentId = text(metadata, "payment_id");
      if (paymentId != null) {
        try {
          // Not a payment on another intent: an old hold released after its renewal says
          // nothing about the new one.
          return payments
              .findById(UUID.fromString(paymentId))
              .filter(p -> p.getPaymentIntentId() == null);
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static long number(JsonNode object, String field) {
    return object.path(field).asLong(0);
  }

  private static boolean flag(JsonNode object, String field) {
    return object.path(field).asBoolean(false);
  }
}
