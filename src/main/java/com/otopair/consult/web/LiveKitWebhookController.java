package com.otopair.consult.web;

import com.otopair.base.NotFoundException;
import com.otopair.base.web.Problems;
import com.otopair.consult.VideoWebhooks;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
 * Where LiveKit posts its webhooks ({@code application/webhook+json}, signed in the {@code
 * Authorization} header). Open like the other webhooks (no session, no CSRF token): the signature
 * is the only credential. Unsigned or tampered: 401; signed but not an event: 400; a room of no
 * running video session: 404; all as problem+json.
 */
@RestController
class LiveKitWebhookController {

  static final String PATH = "/api/webhooks/livekit";

  private final VideoWebhooks webhooks;

  LiveKitWebhookController(VideoWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> receive(
      @RequestBody(required = false) byte @Nullable [] body,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
          @Nullable String authorization) {
    VideoWebhooks.Outcome outcome =
        webhooks.receive(authorization, body == null ? new byte[0] : body);
    return ResponseEntity.ok(
        outcome == VideoWebhooks.Outcome.DUPLICATE
            ? "{\"received\":true,\"duplicate\":true}"
            : "{\"received\":true}");
  }

  @ExceptionHandler(VideoWebhooks.Refused.class)
  ResponseEntity<ProblemDetail> refused(VideoWebhooks.Refused refused) {
    return problem(HttpStatus.UNAUTHORIZED, refused.getMessage());
  }

  @ExceptionHandler(VideoWebhooks.Malformed.class)
  ResponseEntity<ProblemDetail> malformed(VideoWebhooks.Malformed malformed) {
    return problem(HttpStatus.BAD_REQUEST, malformed.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> unknown(NotFoundException unknown) {
    return problem(HttpStatus.NOT_FOUND, unknown.getMessage());
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(status, detail));
  }
}
