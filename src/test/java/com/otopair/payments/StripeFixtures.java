package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingSummary;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.otopair.support.TestMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What tests of online payments share: the application talking to the local Stripe stub and
 * verifying its webhooks, the fixture shop taking cards through a connected account, and a customer
 * sent to Stripe's payment page for a slot next Monday.
 */
record StripeFixtures(
    StripeStub stripe,
    BookingFixtures shop,
    ShopPaymentSetup setup,
    BookingHolds bookings,
    UserDetailsService users,
    Clock clock) {

  /** The secret the stub signs webhooks with and the application verifies them with. */
  static final String SECRET = "whsec_test_otopair";

  /** The application's Stripe keys, for a test's properties; the stub's address comes later. */
  static final String SECRET_KEY = "otopair.stripe.secret-key=sk_test_otopair";

  static final String WEBHOOK_SECRET = "otopair.stripe.webhook-secret=" + SECRET;

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  /** Points the application at the stub (and its mail at the test mail server). */
  static void register(DynamicPropertyRegistry registry, StripeStub stripe) {
    registry.add("otopair.stripe.api-base", stripe::baseUrl);
    registry.add("otopair.stripe.connect-base", stripe::baseUrl);
    registry.add("spring.mail.port", TestMail::port);
  }

  /** The application's webhook endpoint on {@code port}, where the stub sends its events. */
  static String webhookUrl(int port) {
    return "http://localhost:" + port + "/api/webhooks/stripe";
  }

  /**
   * The shop's owner connects a Stripe account, Stripe enables it, and the shop then requires a
   * card when booking (late cancellations give 50% back); answers the account's id. Leaves the
   * owner signed in.
   */
  String takeCards() {
    UUID shopId = shop.shop().shopId();
    SignIn.as(users, shop.shop().ownerEmail());
    setup.connect(shopId);
    String account = setup.setup(shopId).accountId();
    stripe.completeOnboarding(account);
    Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(() -> setup.setup(shopId).account() == PayoutAccountStatus.ENABLED);
    setup.change(shopId, PaymentMode.REQUIRED, 50);
    return account;
  }

  /** Next week's Monday at {@code hour} in the shop's zone (Toronto). */
  Instant monday(int hour) {
    return TestDays.nextMonday(clock, TORONTO).atTime(hour, 0).atZone(TORONTO).toInstant();
  }

  /** A held booking and its Checkout Session on Stripe's payment page. */
  record Checkout(UUID bookingId, String sessionId) {}

  /**
   * The customer holds the mechanic's Monday slot at {@code hour} and is sent to the payment page.
   * Leaves the customer signed in.
   */
  Checkout checkout(String customer, UUID mechanic, int hour) {
    SignIn.as(users, customer);
    BookingSummary held =
        bookings.hold(shop.shop().shopId(), shop.oilChange(), mechanic, monday(hour));
    String page = bookings.payAndConfirm(held.id(), OfflinePaymentsTest.details());
    assertThat(page).startsWith(stripe.baseUrl() + "/pay/");
    return new Checkout(held.id(), page.substring(page.lastIndexOf('/') + 1));
  }
}
