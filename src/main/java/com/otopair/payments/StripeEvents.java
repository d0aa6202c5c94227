package com.otopair.payments;

import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.domain.ShopPaymentSettingsRepository;
import com.otopair.payments.gateway.PaymentGateway;
import com.otopair.payments.gateway.StripeSettings;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe's webhook events: each verified against the endpoint secret (within the tolerance), stored
 * once by its id, and handled through the outbox, so the endpoint answers at once and a crash loses
 * nothing. Handling is safe in any order: a payment's state only moves forward, a payout account's
 * only with a newer report.
 */
@Component
public class StripeEvents {

  private static final Logger log = LoggerFactory.getLogger(StripeEvents.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The signature didn't verify: the request didn't come from Stripe, or came too late. */
  public static class BadSignature extends RuntimeException {
    BadSignature(String message) {
      super(message);
    }
  }

  private final JdbcClient jdbc;
  private final StripeSettings stripe;
  private final PaymentRepository payments;
  private final ShopPaymentSettingsRepository settings;
  private final PaymentFlows flows;
  private final PaymentGateway gateway;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  StripeEvents(
      JdbcClient jdbc,
      StripeSettings stripe,
      PaymentRepository payments,
      ShopPaymentSettingsRepository settings,
      PaymentFlows flows,
      PaymentGateway gateway,
      Clock clock,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.stripe = stripe;
    this.payments = payments;
    this.settings = settings;
    this.flows = flows;
    this.gateway = gateway;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Verifies and stores one delivery. Answers true for a new event, false for one already stored
   * (Stripe delivers at least once).
   */
  @Transactional
  public boolean receive(String payload, @Nullable String signature) {
    String secret = stripe.webhookSecret();
    if (secret == null || secret.isBlank()) {
      log.warn("Refused a Stripe webhook: no webhook secret is configured to verify it");
      throw new BadSignature("No webhook secret is configured");
    }
    try {
      Webhook.Signature.verifyHeader(
          payload,
          signature == null ? "" : signature,
          secret,
          stripe.webhookTolerance().toSeconds(),
          clock);
    } catch (SignatureVerificationException e) {
      log.warn("Refused a Stripe webhook: {}", e.getMessage());
      throw new BadSignature(e.getMessage());
    }
    JsonNode event;
    try {
      event = JSON.readTree(payload);
    } catch (RuntimeException e) {
      throw new BadSignature("The event isn't JSON");
    }
    if (event == null || !event.isObject()) {
      throw new BadSignature("The event isn't a JSON object");
    }
    String id = identifier(event, "id", 255);
    String type = identifier(event, "type", 100);
    if (id == null || type == null) {
      throw new BadSignature("The event has no id or type");
    }
    JsonNode object = object(event);
    if (object != null && object.has("id") && identifier(object, "id", 255) == null) {
      throw new BadSignature("The event's object has no valid id");
    }
    int stored =
        jdbc.sql(
                """
                insert into stripe_events (id, type, object_id, created, payload, received_at)
                values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
            .param(id)
            .param(type)
            .param(object == null ? null : text(object, "id"))
            .param(Timestamp.from(created(event)))
            .param(payload)
            .param(Timestamp.from(clock.instant()))
            .update();
    if (stored == 0) {
      return false;
    }
    events.publishEvent(new StripeEventReceived(id));
    return true;
  }

  /**
   * Handles a stored event once: the run claims it (marks it processed) first, in the transaction
   * that handles it, so a concurrent run waits for the claim and then finds it taken, and a run
   * that fails leaves it for the next.
   */
  @ApplicationModuleListener
  void on(StripeEventReceived received) {
    String payload =
        jdbc.sql(
                "update stripe_events set processed_at = ? where id = ? and processed_at is null"
                    + " returning payload")
            .param(Timestamp.from(clock.instant()))
            .param(received.eventId())
            .query(String.class)
            .optional()
            .orElse(null);
    if (payload == null) {
      return;
    }
    JsonNode event = JSON.readTree(payload);
    handle(String.valueOf(text(event, "type")), object(event), created(event));
  }

  private void handle(String type, @Nullable JsonNode object, Instant created) {
    if (object == null) {
      return;
    }
    Instant now = clock.instant();
    switch (type) {
      case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
          bySession(object)
              .map(flows::lock)
              .ifPresent(
                  p -> {
                    if (p.getStatus() == PaymentStatus.PENDING
                        || p.getStatus() == PaymentStatus.AUTHORIZED
                        || p.getStatus() == PaymentStatus.CAPTURED) {
                      flows.settle(p, gateway.checkout(String.valueOf(text(object, "id"))));
                    }
                  });
      case "checkout.session.expired" -> bySession(object).ifPresent(flows::checkoutExpired);
      case "payment_intent.succeeded" -> {
        // Otopair captures authorized payments itself (and a rolled-back capture is retried
        // under the same key), so only a payment never seen as authorized is moved here.
        String intent = text(object, "id");
        if (intent != null) {
          byIntent(object)
              .filter(p -> p.getStatus() == PaymentStatus.PENDING)
              .ifPresent(p -> flows.intentSucceeded(p, intent, number(object, "amount_received")));
        }
      }
      case "payment_intent.canceled" -> byIntent(object).ifPresent(flows::intentCanceled);
      case "charge.refunded" -> {
        String intent = text(object, "payment_intent");
        if (intent != null) {
          payments
              .findByPaymentIntentId(intent)
              .map(flows::lock)
              .ifPresent(
                  p -> {
                    long before = p.getRefundedMinor();
                    p.refundedUpTo(number(object, "amount_refunded"), now);
                    if (p.getRefundedMinor() != before) {
                      flows.changed(p);
                    }
                  });
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

  private static @Nullable JsonNode object(JsonNode event) {
    JsonNode object = event.path("data").path("object");
    return object.isObject() ? object : null;
  }

  private Instant created(JsonNode event) {
    JsonNode created = event.path("created");
    return created.isNumber() ? Instant.ofEpochSecond(created.asLong()) : clock.instant();
  }

  private static @Nullable String text(JsonNode object, String field) {
    JsonNode value = object.path(field);
    return value.isValueNode() && !value.isNull() ? value.asString() : null;
  }

  /**
   * An id or a type as Stripe writes them (letters, digits, {@code _ . -}) that fits its column.
   */
  private static @Nullable String identifier(JsonNode object, String field, int longest) {
    String value = text(object, field);
    return value != null && value.length() <= longest && value.matches("[A-Za-z0-9_.-]+")
        ? value
        : null;
  }

  private static long number(JsonNode object, String field) {
    return object.path(field).asLong(0);
  }

  private static boolean flag(JsonNode object, String field) {
    return object.path(field).asBoolean(false);
  }
}
