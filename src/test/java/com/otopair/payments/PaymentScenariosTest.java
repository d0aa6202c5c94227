package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.MyBookings;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.TestClockConfiguration;
import java.time.Clock;
import java.time.Duration;
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
    properties = {StripeFixtures.SECRET_KEY, StripeFixtures.WEBHOOK_SECRET})
@Import(TestClockConfiguration.class)
// A context of its own: after the shared context's tests, before the fresh database's.
@Order(FreshDatabaseTest.ORDER - 1)
class PaymentScenariosTest {

  static final StripeStub STRIPE = StripeStub.start();

  @DynamicPropertySource
  static void stripe(DynamicPropertyRegistry registry) {
    StripeFixtures.register(registry, STRIPE);
  }

  @AfterAll
  static void stopStripe() {
    STRIPE.stop();
  }

  @LocalServerPort int port;
  @Autowired ShopPaymentSetup shopSetup;
  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired MyBookings myBookings;
  @Autowired CustomerPayments mine;
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
    STRIPE.forwardEventsTo(StripeFixtures.webhookUrl(port), StripeFixtures.SECRET);
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    var online = new StripeFixtures(STRIPE, fixture, shopSetup, bookings, userDetails, clock);
    online.takeCards();

    var held = online.checkout(customer, fixture.shop().bea(), 9);
    STRIPE.pay(held.sessionId());
    awaitUntil(() -> myBookings.booking(held.bookingId()).status() == BookingStatus.CONFIRMED);
    awaitUntil(
        () ->
            mine.forMyBooking(held.bookingId()).orElseThrow().status() == PaymentStatus.AUTHORIZED);

    scenario
        .stimulate(() -> bookingChanges.cancel(held.bookingId(), "Plans changed"))
        .andWaitForStateChange(
            () ->
                jdbc.queryForMap(
                    "select status, captured_minor, released_minor from payments"
                        + " where subject_kind = 'BOOKING' and subject_id = ?",
                    held.bookingId()),
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
