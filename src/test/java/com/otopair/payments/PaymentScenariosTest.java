package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingService;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestClockConfiguration;
import com.otopair.support.TestMail;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The payments module (and what it depends on) giving the money back when a booking is cancelled,
 * against the local Stripe stub over real HTTP.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    locations = "classpath:module-test.properties",
    properties = {
      "otopair.stripe.secret-key=sk_test_otopair",
      "otopair.stripe.webhook-secret=" + PaymentScenariosTest.SECRET
    })
@Import(TestClockConfiguration.class)
// A context of its own: after the shared context's tests, before the fresh database's.
@Order(FreshDatabaseTest.ORDER - 1)
class PaymentScenariosTest {

  static final String SECRET = "whsec_test_otopair";
  static final StripeStub STRIPE = StripeStub.start();

  @DynamicPropertySource
  static void stripe(DynamicPropertyRegistry registry) {
    registry.add("otopair.stripe.api-base", STRIPE::baseUrl);
    registry.add("otopair.stripe.connect-base", STRIPE::baseUrl);
    registry.add("spring.mail.port", TestMail::port);
  }

  @AfterAll
  static void stopStripe() {
    STRIPE.stop();
  }

  @LocalServerPort int port;
  @Autowired ShopPaymentSetup shopSetup;
  @Autowired CustomerPayments mine;
  @Autowired BookingService bookings;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aBookingCancelledInTimeReleasesTheCardHoldInFull(Scenario scenario) {
    STRIPE.forwardEventsTo("http://localhost:" + port + "/api/webhooks/stripe", SECRET);
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    UUID shopId = fixture.shop().shopId();
    String customer = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    shopSetup.connect(shopId);
    STRIPE.completeOnboarding(shopSetup.setup(shopId).accountId());
    awaitUntil(() -> shopSetup.setup(shopId).account() == PayoutAccountStatus.ENABLED);
    shopSetup.change(shopId, PaymentMode.REQUIRED, 50);

    SignIn.as(userDetails, customer);
    ZoneId toronto = ZoneId.of("America/Toronto");
    var nine =
        LocalDate.now(clock.withZone(toronto))
            .plusWeeks(1)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atTime(9, 0)
            .atZone(toronto)
            .toInstant();
    BookingSummary held = bookings.hold(shopId, fixture.oilChange(), fixture.shop().bea(), nine);
    String page = bookings.payAndConfirm(held.id(), OfflinePaymentsTest.details());
    STRIPE.pay(page.substring(page.lastIndexOf('/') + 1));
    awaitUntil(() -> bookings.myBooking(held.id()).status() == BookingStatus.CONFIRMED);
    awaitUntil(
        () -> mine.forMyBooking(held.id()).orElseThrow().status() == PaymentStatus.AUTHORIZED);

    scenario
        .stimulate(() -> bookings.cancel(held.id(), "Plans changed"))
        .andWaitForStateChange(
            () ->
                jdbc.queryForMap(
                    "select status, captured_minor, released_minor from payments"
                        + " where subject_kind = 'BOOKING' and subject_id = ?",
                    held.id()),
            payment -> !"AUTHORIZED".equals(payment.get("status")))
        .andVerify(
            payment ->
                assertThat(payment)
                    .containsEntry("status", "CANCELLED")
                    .containsEntry("captured_minor", 0L)
                    .containsEntry("released_minor", BookingFixtures.PRICE.minor()));
  }

  private static void awaitUntil(Callable<Boolean> done) {
    Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(done);
  }
}
