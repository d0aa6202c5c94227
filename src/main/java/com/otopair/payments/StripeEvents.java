package com.otopair.payments;

import com.otopair.payments.gateway.StripeSettings;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
  private final StripeEventHandler handler;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  StripeEvents(
      JdbcClient jdbc,
      StripeSettings stripe,
      StripeEventHandler handler,
      Clock clock,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.stripe = stripe;
    this.handler = handler;
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
    handler.handle(String.valueOf(text(event, "type")), object(event), created(event));
  }

  private static @Nullable JsonNode object(JsonNode event) {
    JsonNode object = event.path("data").path("object");
    return object.isObject() ? object : null;
  }

  private Instant created(JsonNode event) {
    JsonNode created = event.path("created");
    return created.isNumber() ? Instant.ofEpochSecond(created.asLong()) : clock.instant();
  }

  static @Nullable String text(JsonNode object, String field) {
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
}
