package com.otopair.payments.web;

import com.otopair.base.web.Problems;
import com.otopair.payments.StripeEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Stripe posts its events. It only verifies and stores (one insert), then answers: the work
 * happens through the outbox. A bad signature, or a signed body that is not an event, gets a 400
 * problem, and is logged.
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
      @RequestBody(required = false) @Nullable String payload,
      @RequestHeader(name = "Stripe-Signature", required = false) // i18n: an HTTP header
          @Nullable String signature) {
    // An empty body is verified like any other, and refused as not an event.
    boolean fresh = events.receive(payload == null ? "" : payload, signature);
    return ResponseEntity.ok(
        fresh ? "{\"received\":true}" : "{\"received\":true,\"duplicate\":true}");
  }

  @ExceptionHandler(StripeEvents.BadSignature.class)
  ResponseEntity<ProblemDetail> refused(StripeEvents.BadSignature refused) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            Problems.of(
                HttpStatus.BAD_REQUEST,
                "Not a Stripe event signed for this endpoint; refused")); // i18n: for Stripe
  }
}
