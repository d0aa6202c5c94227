package com.otopair.payments.web;

import com.otopair.payments.StripeEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Stripe posts its events. It only verifies and stores (one insert), then answers: the work
 * happens through the outbox. A bad signature gets 400, and is logged.
 */
@RestController
class StripeWebhookController {

  static final String PATH = "/api/webhooks/stripe";

  private final StripeEvents events;

  StripeWebhookController(StripeEvents events) {
    this.events = events;
  }

  @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> receive(
      @RequestBody String payload,
      @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) {
    boolean fresh = events.receive(payload, signature);
    return ResponseEntity.ok(
        fresh ? "{\"received\":true}" : "{\"received\":true,\"duplicate\":true}");
  }

  @ExceptionHandler(StripeEvents.BadSignature.class)
  ResponseEntity<String> refused(StripeEvents.BadSignature refused) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"error\":\"invalid signature\"}");
  }
}
