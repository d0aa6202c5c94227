package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.AccountLanguage;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.OutboxRetry;
import com.otopair.base.Roles;
import com.otopair.booking.AdminBookingActions;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingCheckout;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.MyBookings;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobEstimate;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobWorkflow;
import com.otopair.jobs.LineDraft;
import com.otopair.jobs.LineKind;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.MutableClock;
import com.otopair.support.SignIn;
import com.otopair.support.TestClockConfiguration;
import com.otopair.support.TestMail;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Online payments against a local Stripe API stub over real HTTP, with webhooks signed by the stub
 * and verified by the real endpoint: authorize at booking, capture on completion, refunds by policy
 * and by admins, Connect onboarding, retries, duplicates and events out of order.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "otopair.embedded-postgres.data-directory=",
      "otopair.embedded-postgres.port=0",
      "otopair.demo.enabled=false",
      "otopair.outbox.retry-interval=PT1S",
      "otopair.outbox.min-age=PT1S",
      "otopair.outbox.backoff=PT1S",
      "otopair.public-url=http://otopair.test",
      "otopair.files.directory=target/test-files",
      "spring.mail.host=127.0.0.1",
      StripeFixtures.SECRET_KEY,
      StripeFixtures.WEBHOOK_SECRET,
      "otopair.stripe.application-fee-percent=10"
    })
@Import(TestClockConfiguration.class)
// Its own context installs its own security holder: run after the tests of the shared context.
@Order(FreshDatabaseTest.ORDER - 1)
class StripePaymentsTest {

  static final String SECRET = StripeFixtures.SECRET;
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
  @Autowired MutableClock clock;
  @Autowired JobBoard jobs;
  @Autowired BookingChanges bookingChanges;
  @Autowired BookingHolds bookings;
  @Autowired MyBookings myBookings;
  @Autowired ShopPaymentSetup shopSetup;
  @Autowired CustomerPayments mine;
  @Autowired AdminPayments adminPayments;
  @Autowired AdminBookingActions adminBookings;
  @Autowired UserProvisioning users;
  @Autowired JobEstimate estimates;
  @Autowired JobWorkflow workflow;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired CardHolds holds;
  @Autowired Settlements settlements;
  @Autowired Refunds refunds;
  @Autowired OutboxRetry retry;
  @Autowired AccountLanguage languages;

  BookingFixtures fixture;
  StripeFixtures online;
  UUID shopId;
  String owner;
  String customer;
  String account;

  @BeforeEach
  void onlineShop() {
    STRIPE.reset();
    STRIPE.forwardEventsTo(webhookUrl(), SECRET);
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    shopId = fixture.shop().shopId();
    owner = fixture.shop().ownerEmail();
    customer = BookingFixtures.customers(users, 1).getFirst();
    online = new StripeFixtures(STRIPE, fixture, shopSetup, bookings, userDetails, clock);
    account = online.takeCards();
  }

  @AfterEach
  void signOut() {
    clock.reset();
    SecurityContextHolder.clearContext();
  }

  private String admin() {
    String email = "admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    users.createVerifiedUser(email, "Ada Admin", Roles.ADMIN, "a long passphrase");
    return email;
  }

  private String webhookUrl() {
    return StripeFixtures.webhookUrl(port);
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  private <T> T await(Supplier<T> read, Predicate<T> done) {
    return Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .until(read::get, done::test);
  }

  private Instant monday(int hour) {
    return online.monday(hour);
  }

  private StripeFixtures.Checkout checkout(UUID mechanic, int hour) {
    return online.checkout(customer, mechanic, hour);
  }

  private record Paid(UUID bookingId, String sessionId, PaymentView payment) {}

  private Paid bookedAndPaid(int hour) {
    return bookedAndPaid(fixture.shop().bea(), hour);
  }

  /** Alex's slots cost $120.00 (his Monday multiplier is 1.5), Bea's $80.00. */
  private Paid bookedAndPaid(UUID mechanic, int hour) {
    var ids = checkout(mechanic, hour);
    UUID bookingId = ids.bookingId();
    STRIPE.pay(ids.sessionId());
    as(customer);
    PaymentView payment =
        await(
            () -> mine.forMyBooking(bookingId).orElseThrow(),
            p -> p.status() == PaymentStatus.AUTHORIZED);
    await(() -> myBookings.booking(bookingId), b -> b.status() == BookingStatus.CONFIRMED);
    return new Paid(bookingId, ids.sessionId(), payment);
  }

  @Test
  void theCardIsHeldOnStripesPageAndStripesEventConfirmsTheBooking() {
    as(customer);
    assertThat(bookings.paymentOption(shopId)).isEqualTo(BookingCheckout.Option.ONLINE);
    var ids = checkout(fixture.shop().bea(), 9);
    UUID bookingId = ids.bookingId();

    Map<String, String> sent = STRIPE.checkoutRequest(ids.sessionId());
    assertThat(sent)
        .containsEntry("payment_intent_data[capture_method]", "manual")
        .containsEntry("line_items[0][price_data][unit_amount]", "8000")
        .containsEntry("line_items[0][price_data][currency]", "cad")
        .containsEntry("payment_intent_data[application_fee_amount]", "800")
        .containsEntry("payment_intent_data[transfer_data][destination]", account);
    assertThat(STRIPE.idempotencyKeys("POST", "/v1/checkout/sessions")).hasSize(1);
    // The slot stays held while the customer is on Stripe's page, and plain confirmation is
    // refused.
    BookingSummary waiting = myBookings.booking(bookingId);
    assertThat(waiting.status()).isEqualTo(BookingStatus.HELD);
    assertThat(waiting.holdExpiresAt()).isAfter(clock.instant().plus(Duration.ofMinutes(30)));
    assertThatThrownBy(() -> bookings.confirm(bookingId, OfflinePaymentsTest.details()))
        .hasMessageContaining("pay to confirm");
    assertThat(mine.forMyBooking(bookingId).orElseThrow().status())
        .isEqualTo(PaymentStatus.PENDING);

    STRIPE.pay(ids.sessionId());

    BookingSummary confirmed =
        await(() -> myBookings.booking(bookingId), b -> b.status() == BookingStatus.CONFIRMED);
    assertThat(confirmed.vehicle()).contains("Toyota Corolla");
    PaymentView payment = mine.forMyBooking(bookingId).orElseThrow();
    assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    assertThat(payment.card()).isEqualTo("Visa •••• 4242");
    assertThat(payment.headline())
        .isEqualTo("$80.00 CAD held on Visa •••• 4242; charged when the work is done");
  }

  @Test
  void aFrenchCustomerReadsWhatTheyPayForInFrenchOnStripesPageAndEachReaderInTheirOwn() {
    languages.choose(users.findByEmail(customer).orElseThrow(), I18n.FRENCH);
    var ids = checkout(fixture.shop().bea(), 9);
    String shop = myBookings.booking(ids.bookingId()).shopName();

    // The service and the shop are the shop's own words; the sentence around them is French.
    assertThat(STRIPE.checkoutRequest(ids.sessionId()))
        .containsEntry("payment_intent_data[description]", "Oil change chez " + shop)
        .containsEntry("line_items[0][price_data][product_data][name]", "Oil change chez " + shop);
    assertThat(mine.forMyBooking(ids.bookingId()).orElseThrow().description())
        .isEqualTo("Oil change at " + shop);
    assertThat(
            I18n.in(
                I18n.FRENCH, () -> mine.forMyBooking(ids.bookingId()).orElseThrow().description()))
        .isEqualTo("Oil change chez " + shop);
  }

  @Test
  void theCustomerBackFromStripeBeforeTheWebhookFindsTheBookingConfirmed() {
    STRIPE.stopForwarding();
    var ids = checkout(fixture.shop().bea(), 9);
    UUID bookingId = ids.bookingId();
    STRIPE.pay(ids.sessionId());
    as(customer);
    bookings.refreshPayment(bookingId);
    assertThat(myBookings.booking(bookingId).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(mine.forMyBooking(bookingId).orElseThrow().status())
        .isEqualTo(PaymentStatus.AUTHORIZED);
  }

  @Test
  void completingTheJobCapturesTheBookingAndChargesApprovedWorkAboveItSeparately()
      throws Exception {
    Paid paid = bookedAndPaid(9);
    var job = await(() -> jobs.forMyBooking(paid.bookingId()), Optional::isPresent).get();
    UUID jobId = job.job().id();
    as(owner);
    workflow.move(jobId, JobStatus.ACCEPTED, "");
    workflow.move(jobId, JobStatus.IN_PROGRESS, "");
    var lines =
        estimates.addLine(
            jobId, new LineDraft(LineKind.LABOUR, "Oil change and filter", BigDecimal.ONE, 10000));
    as(customer);
    estimates.decide(jobId, lines.lines().getFirst().id(), true);
    as(owner);
    workflow.move(jobId, JobStatus.COMPLETED, "Ready");

    as(customer);
    PaymentView captured =
        await(
            () -> mine.forMyBooking(paid.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CAPTURED);
    long total = jobs.forMyBooking(paid.bookingId()).orElseThrow().totals().approvedTotal().minor();
    assertThat(total).isGreaterThan(8000);
    assertThat(captured.captured().minor()).isEqualTo(8000);
    assertThat(captured.extra().minor()).isEqualTo(total - 8000);
    assertThat(captured.paid().minor()).isEqualTo(total);
    assertThat(captured.invoiceNumber()).endsWith("-0001");
    String intent = STRIPE.ids("payment_intent").getFirst();
    assertThat(STRIPE.paymentIntent(intent)).containsEntry("status", "succeeded");
    assertThat(STRIPE.idempotencyKeys("POST", "/v1/payment_intents/" + intent + "/capture"))
        .containsOnly("capture-" + captured.id() + "-8000");

    var receipt = TestMail.awaitSubject(customer, "Your receipt from");
    String pdf =
        OfflinePaymentsTest.text(
            OfflinePaymentsTest.attachment(
                receipt, "receipt-" + captured.invoiceNumber() + ".pdf"));
    assertThat(pdf)
        .contains("Receipt")
        .contains("Oil change and filter")
        .contains("Visa •••• 4242")
        .contains("Toyota Corolla");
    // The booking's time, with the zone named as on the booking and job pages and in the mails.
    assertThat(pdf.replaceAll("\\s+", " "))
        .containsPattern("Booking of Monday, \\w+ \\d+ at 9:00 AM \\(Eastern Time\\)");
  }

  @Test
  void cancellingInTimeReleasesTheCardAndInsideTheWindowKeepsTheShopsShare() {
    Paid early = bookedAndPaid(9);
    Paid late = bookedAndPaid(fixture.shop().alex(), 9);
    as(customer);
    bookingChanges.cancel(early.bookingId(), "Plans changed");
    PaymentView released =
        await(
            () -> mine.forMyBooking(early.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CANCELLED);
    assertThat(released.released().minor()).isEqualTo(8000);
    assertThat(released.captured().minor()).isZero();
    assertThat(released.headline()).contains("was released; nothing was charged");

    // Three hours before the second booking: inside the 24-hour window, the shop keeps 50%.
    STRIPE.stopForwarding();
    clock.advance(Duration.between(clock.instant(), monday(9).minus(Duration.ofHours(3))));
    as(customer);
    bookingChanges.cancel(late.bookingId(), "");
    PaymentView kept =
        await(
            () -> mine.forMyBooking(late.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CAPTURED);
    assertThat(kept.captured().minor()).isEqualTo(6000);
    assertThat(kept.released().minor()).isEqualTo(6000);
    assertThat(kept.failure())
        .isEqualTo(
            "Cancelled inside the shop’s cancellation window: the shop kept $60.00 CAD (50%)"
                + " and the rest of the hold on your card was released");
    String intent = STRIPE.ids("payment_intent").get(1);
    assertThat(STRIPE.paymentIntent(intent)).containsEntry("amount_received", 6000L);
  }

  @Test
  void anAdminsCancellationUnderThePolicyKeepsTheLateShareWhereAForcedOneGivesAllBack() {
    Paid underPolicy = bookedAndPaid(9);
    Paid forced = bookedAndPaid(fixture.shop().alex(), 9);
    // Three hours before both: inside the 24-hour window, where the shop keeps 50%.
    STRIPE.stopForwarding();
    clock.advance(Duration.between(clock.instant(), monday(9).minus(Duration.ofHours(3))));
    as(admin());
    assertThat(adminBookings.cancel(underPolicy.bookingId(), "They called: car broke down"))
        .extracting(BookingSummary::cancelledLate)
        .isEqualTo(true);
    adminBookings.forceCancel(forced.bookingId(), "The shop double-booked its lift");
    as(customer);
    PaymentView kept =
        await(
            () -> mine.forMyBooking(underPolicy.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CAPTURED);
    assertThat(kept.captured().minor()).isEqualTo(4000);
    assertThat(kept.released().minor()).isEqualTo(4000);
    PaymentView released =
        await(
            () -> mine.forMyBooking(forced.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CANCELLED);
    assertThat(released.captured().minor()).isZero();
    assertThat(released.released().minor()).isEqualTo(12000);
  }

  @Test
  void anAdminRefundsAnyPartOfWhatWasPaidWithAReasonAndTheEventDoesNotCountItTwice() {
    Paid paid = bookedAndPaid(9);
    STRIPE.stopForwarding();
    clock.advance(Duration.between(clock.instant(), monday(9).minus(Duration.ofHours(3))));
    as(customer);
    bookingChanges.cancel(paid.bookingId(), "");
    PaymentView kept =
        await(
            () -> mine.forMyBooking(paid.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CAPTURED);
    clock.reset();
    STRIPE.forwardEventsTo(webhookUrl(), SECRET);

    as(admin());
    assertThatThrownBy(() -> adminPayments.refund(kept.id(), new Money(4001, "CAD"), "Goodwill"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Refund at most $40.00 CAD");
    adminPayments.refund(kept.id(), new Money(1500, "CAD"), "Goodwill: the shop was late to reply");
    PaymentView refunded =
        await(
            () -> adminPayments.payment(kept.id()),
            p -> p.refunds().size() == 1 && p.refunds().getFirst().done());
    STRIPE.awaitDeliveries();
    assertThat(STRIPE.idempotencyKeys("POST", "/v1/refunds"))
        .containsExactly("refund-" + refunded.refunds().getFirst().id());
    // Stripe's charge.refunded event reports the same $15.00: still $15.00 refunded.
    PaymentView after =
        await(() -> adminPayments.payment(kept.id()), p -> p.refunded().minor() == 1500);
    assertThat(after.refunds()).hasSize(1);
    assertThat(after.refundable().minor()).isEqualTo(2500);
  }

  @Test
  void anAdminForceCancelsAPaidBookingAndTheCardIsReleasedInFull() {
    Paid paid = bookedAndPaid(9);
    as(admin());
    assertThatThrownBy(() -> adminPayments.forceCancel(paid.bookingId(), "  "))
        .isInstanceOf(InvalidRequestException.class);
    adminPayments.forceCancel(paid.bookingId(), "The shop closed for a flood");
    as(customer);
    assertThat(myBookings.booking(paid.bookingId()).status()).isEqualTo(BookingStatus.CANCELLED);
    PaymentView released =
        await(
            () -> mine.forMyBooking(paid.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CANCELLED);
    assertThat(released.released().minor()).isEqualTo(8000);
    // Audited through the outbox, with the reason.
    await(
        () ->
            jdbc.queryForObject(
                "select count(*) from audit_entries where action = 'BOOKING_FORCE_CANCELLED'"
                    + " and details like '%flood%'",
                Integer.class),
        n -> n == 1);
    // Its details name their sentence, to read in each admin's language, with the reason as typed.
    assertThat(
            jdbc.queryForMap(
                "select details_key, details_args[3] as reason from audit_entries"
                    + " where action = 'BOOKING_FORCE_CANCELLED' and details like '%flood%'"))
        .containsEntry("details_key", "payments.audit.booking-force-cancelled")
        .containsEntry("reason", "The shop closed for a flood");
  }

  @Test
  void aRescheduledBookingTakesItsPaymentAlong() {
    Paid paid = bookedAndPaid(9);
    as(customer);
    BookingSummary moved =
        bookingChanges.reschedule(paid.bookingId(), fixture.shop().alex(), monday(9));

    PaymentView followed = await(() -> mine.forMyBooking(moved.id()), Optional::isPresent).get();
    assertThat(followed.id()).isEqualTo(paid.payment().id());
    assertThat(followed.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    assertThat(mine.forMyBooking(paid.bookingId())).isEmpty();

    // Cancelled in time at its new time: the card is released.
    bookingChanges.cancel(moved.id(), "");
    await(
        () -> mine.forMyBooking(moved.id()).orElseThrow(),
        p -> p.status() == PaymentStatus.CANCELLED && p.released().minor() == 8000);
  }

  @Test
  void aHoldAboutToLapseIsRenewedOnTheSavedCardAndTheNewOneIsCaptured() {
    Paid paid = bookedAndPaid(9);
    Instant start = monday(9);
    String first = STRIPE.ids("payment_intent").getFirst();
    STRIPE.stopForwarding();
    clock.advance(Duration.ofDays(6).plusHours(1));

    // Earlier tests' holds are as old now: they are renewed (or let go) too, ten at a time.
    while (holds.renewHolds() == 10) {
      // next ten
    }
    assertThat(holds.renewHolds()).isZero();

    String renewed =
        jdbc.queryForObject(
            "select payment_intent_id from payments where id = ?",
            String.class,
            paid.payment().id());
    assertThat(renewed).isNotEqualTo(first);
    assertThat(STRIPE.paymentIntent(first)).containsEntry("status", "canceled");
    assertThat(STRIPE.paymentIntent(renewed))
        .containsEntry("status", "requires_capture")
        .containsEntry("amount_capturable", 8000L);
    as(customer);
    assertThat(mine.forMyBooking(paid.bookingId()).orElseThrow().status())
        .isEqualTo(PaymentStatus.AUTHORIZED);

    // Cancelled late now: the shop's share comes from the renewed hold.
    clock.advance(Duration.between(clock.instant(), start.minus(Duration.ofHours(3))));
    bookingChanges.cancel(paid.bookingId(), "");
    await(
        () -> mine.forMyBooking(paid.bookingId()).orElseThrow(),
        p -> p.status() == PaymentStatus.CAPTURED && p.captured().minor() == 4000);
    assertThat(STRIPE.paymentIntent(renewed)).containsEntry("amount_received", 4000L);
  }

  @Test
  void anExpiredPaymentPageReleasesTheHold() {
    var ids = checkout(fixture.shop().bea(), 9);
    UUID bookingId = ids.bookingId();
    STRIPE.expire(ids.sessionId());
    as(customer);
    await(
        () -> mine.forMyBooking(bookingId).orElseThrow(), p -> p.status() == PaymentStatus.EXPIRED);
    assertThat(myBookings.booking(bookingId).status()).isEqualTo(BookingStatus.EXPIRED);
  }

  @Test
  void eventsAreStoredOnceAndAnOlderEventNeverUndoesANewerState() throws Exception {
    STRIPE.stopForwarding();
    var ids = checkout(fixture.shop().bea(), 9);
    UUID bookingId = ids.bookingId();
    STRIPE.pay(ids.sessionId());
    String intent = STRIPE.ids("payment_intent").getFirst();
    String completed =
        StripeStub.event("checkout.session.completed", STRIPE.checkoutSession(ids.sessionId()));
    Map<String, Object> canceledIntent = new HashMap<>(STRIPE.paymentIntent(intent));
    canceledIntent.put("status", "canceled");
    String canceled = StripeStub.event("payment_intent.canceled", canceledIntent);

    // The newer event (the card hold cancelled) arrives first, twice; the older one after.
    assertThat(post(canceled, sign(canceled)).statusCode()).isEqualTo(200);
    HttpResponse<String> again = post(canceled, sign(canceled));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("duplicate");
    as(customer);
    // Until the session event, the payment isn't known by its intent: found by our id in metadata.
    await(
        () -> mine.forMyBooking(bookingId).orElseThrow(),
        p -> p.status() == PaymentStatus.CANCELLED);
    // Nothing will be paid: the slot is let go at once, not when the hold runs out.
    assertThat(myBookings.booking(bookingId).status()).isEqualTo(BookingStatus.EXPIRED);
    assertThat(post(completed, sign(completed)).statusCode()).isEqualTo(200);
    await(
        () ->
            jdbc.queryForObject(
                "select count(*) from stripe_events where processed_at is null", Integer.class),
        n -> n == 0);

    assertThat(mine.forMyBooking(bookingId).orElseThrow().status())
        .isEqualTo(PaymentStatus.CANCELLED);
    assertThat(myBookings.booking(bookingId).status()).isEqualTo(BookingStatus.EXPIRED);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from stripe_events where object_id = ?", Integer.class, intent))
        .isEqualTo(1);
  }

  @Test
  void moneyCapturedBeforeTheCheckoutEventConfirmsTheBooking() throws Exception {
    STRIPE.stopForwarding();
    var ids = checkout(fixture.shop().bea(), 9);
    UUID bookingId = ids.bookingId();
    STRIPE.pay(ids.sessionId());
    String intent = STRIPE.ids("payment_intent").getFirst();
    String succeeded = capturedOutside(intent);
    String completed =
        StripeStub.event("checkout.session.completed", STRIPE.checkoutSession(ids.sessionId()));

    assertThat(post(succeeded, sign(succeeded)).statusCode()).isEqualTo(200);
    as(customer);
    await(() -> myBookings.booking(bookingId), b -> b.status() == BookingStatus.CONFIRMED);
    assertThat(post(completed, sign(completed)).statusCode()).isEqualTo(200);
    awaitEventsHandled();

    PaymentView paid = mine.forMyBooking(bookingId).orElseThrow();
    assertThat(paid.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(paid.captured().minor()).isEqualTo(8000);
    assertThat(paid.card()).isEqualTo("Visa •••• 4242");
    assertThat(myBookings.booking(bookingId).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(refundsOf(paid.id())).isZero();
  }

  @Test
  void moneyCapturedAfterTheSlotWasLetGoIsRefundedInFull() throws Exception {
    STRIPE.stopForwarding();
    var ids = checkout(fixture.shop().bea(), 9);
    UUID bookingId = ids.bookingId();
    STRIPE.pay(ids.sessionId());
    String intent = STRIPE.ids("payment_intent").getFirst();
    // The hold ran out before Stripe's news arrived.
    bookings.releaseUnpaid(bookingId);
    String succeeded = capturedOutside(intent);

    assertThat(post(succeeded, sign(succeeded)).statusCode()).isEqualTo(200);
    as(customer);
    PaymentView refunded =
        await(
            () -> mine.forMyBooking(bookingId).orElseThrow(),
            p -> p.status() == PaymentStatus.REFUNDED);
    assertThat(refunded.refunded().minor()).isEqualTo(8000);
    assertThat(STRIPE.idempotencyKeys("POST", "/v1/refunds")).hasSize(1);
    assertThat(myBookings.booking(bookingId).status()).isEqualTo(BookingStatus.EXPIRED);
  }

  /**
   * Someone captures the intent in Stripe's dashboard, outside Otopair; answers Stripe's event
   * about it.
   */
  private String capturedOutside(String intent) throws Exception {
    var capture =
        HttpRequest.newBuilder(
                URI.create(STRIPE.baseUrl() + "/v1/payment_intents/" + intent + "/capture"))
            .header("Authorization", "Bearer sk_test_dashboard")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try (var client = HttpClient.newHttpClient()) {
      assertThat(client.send(capture, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(200);
    }
    return StripeStub.event("payment_intent.succeeded", STRIPE.paymentIntent(intent));
  }

  private void awaitEventsHandled() {
    await(
        () ->
            jdbc.queryForObject(
                "select count(*) from stripe_events where processed_at is null", Integer.class),
        n -> n == 0);
  }

  @Test
  void aLateCancellationWhileStripeStallsTheCaptureRunsOnceAndChargesTheShareOnce() {
    Paid paid = bookedAndPaid(9);
    String intent = STRIPE.ids("payment_intent").getFirst();
    clock.advance(Duration.between(clock.instant(), monday(9).minus(Duration.ofHours(3))));
    STRIPE.stall("/v1/payment_intents/[^/]+/capture", Duration.ofSeconds(4));
    as(customer);
    bookingChanges.cancel(paid.bookingId(), "");

    // Stripe captured and is slow to answer: the cancellation's run waits on it, and the outbox
    // retries meanwhile.
    await(() -> STRIPE.paymentIntent(intent).get("status"), "succeeded"::equals);
    retry.resubmitNow();
    // Not resubmitted: its run holds the lease (and a first delivery is not marked PROCESSING).
    assertThat(
            jdbc.queryForObject(
                "select status from event_publication where listener_id = ?"
                    + " and serialized_event like ?",
                String.class,
                CANCELLATION_LISTENER,
                "%" + paid.bookingId() + "%"))
        .isEqualTo("PUBLISHED");

    PaymentView kept =
        await(
            () -> mine.forMyBooking(paid.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CAPTURED);
    awaitDelivered(paid.bookingId());
    assertThat(kept.captured().minor()).isEqualTo(4000);
    assertThat(STRIPE.requestCount("POST", "/v1/payment_intents/" + intent + "/capture"))
        .isEqualTo(1);
    assertThat(refundsOf(kept.id())).isZero();
    assertThat(STRIPE.requestCount("POST", "/v1/refunds")).isZero();
    TestMail.awaitSubject(customer, "Your receipt from");
    awaitDelivered(kept.id());
    assertThat(TestMail.receivedBy(customer))
        .extracting(TestMail::subject)
        .filteredOn(subject -> subject.contains("receipt") || subject.contains("refunded"))
        .hasSize(1);
  }

  static final String CANCELLATION_LISTENER =
      "com.otopair.payments.BookingPayments.on(com.otopair.booking.BookingCancelled)";

  @Test
  void theCancellationHandledAgainOrManyTimesAtOnceChargesTheShareOnce() throws Exception {
    Paid again = bookedAndPaid(9);
    Paid racing = bookedAndPaid(fixture.shop().alex(), 9);
    clock.advance(Duration.between(clock.instant(), monday(9).minus(Duration.ofHours(3))));
    as(customer);

    bookingChanges.cancel(again.bookingId(), "");
    await(
        () -> mine.forMyBooking(again.bookingId()).orElseThrow(),
        p -> p.status() == PaymentStatus.CAPTURED);
    awaitDelivered(again.bookingId());
    settlements.bookingCancelled(again.bookingId(), "CUSTOMER", true);
    settlements.bookingCancelled(again.bookingId(), "CUSTOMER", true);

    // The outbox's own run races eight more.
    bookingChanges.cancel(racing.bookingId(), "");
    race(8, () -> settlements.bookingCancelled(racing.bookingId(), "CUSTOMER", true));
    awaitDelivered(racing.bookingId());

    for (var paid : List.of(again, racing)) {
      PaymentView kept = mine.forMyBooking(paid.bookingId()).orElseThrow();
      assertThat(kept.status()).isEqualTo(PaymentStatus.CAPTURED);
      assertThat(kept.captured().minor()).isEqualTo(paid.payment().amount().minor() / 2);
      assertThat(refundsOf(kept.id())).isZero();
    }
    for (String intent : STRIPE.ids("payment_intent")) {
      assertThat(STRIPE.requestCount("POST", "/v1/payment_intents/" + intent + "/capture"))
          .isEqualTo(1);
    }
    assertThat(STRIPE.requestCount("POST", "/v1/refunds")).isZero();
  }

  @Test
  void aRefundCarriedOutAgainWhileStripeIsSlowIsGivenAndMailedOnce() throws Exception {
    Paid paid = bookedAndPaid(9);
    STRIPE.stopForwarding();
    clock.advance(Duration.between(clock.instant(), monday(9).minus(Duration.ofHours(3))));
    as(customer);
    bookingChanges.cancel(paid.bookingId(), "");
    PaymentView kept =
        await(
            () -> mine.forMyBooking(paid.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CAPTURED);
    awaitDelivered(kept.id());
    clock.reset();

    STRIPE.stall("/v1/refunds", Duration.ofSeconds(3));
    as(admin());
    adminPayments.refund(kept.id(), new Money(1500, "CAD"), "Goodwill: the shop was late to reply");
    UUID refundId =
        jdbc.queryForObject(
            "select id from payment_refunds where payment_id = ?", UUID.class, kept.id());
    // Stripe refunded and is slow to answer; meanwhile the refund is carried out four more times.
    await(() -> STRIPE.ids("refund").size(), n -> n == 1);
    race(4, () -> refunds.carryOut(refundId));
    awaitDelivered(kept.id());

    assertThat(
            jdbc.queryForObject(
                "select refunded_minor from payments where id = ?", Long.class, kept.id()))
        .isEqualTo(1500);
    assertThat(STRIPE.ids("refund")).hasSize(1);
    assertThat(TestMail.receivedBy(customer))
        .extracting(TestMail::subject)
        .filteredOn(subject -> subject.contains("refunded"))
        .containsExactly("$15.00 CAD refunded for " + kept.description());
  }

  private int refundsOf(UUID paymentId) {
    return jdbc.queryForObject(
        "select count(*) from payment_refunds where payment_id = ?", Integer.class, paymentId);
  }

  /** Waits until the outbox has delivered every publication that mentions {@code id}. */
  private void awaitDelivered(UUID id) {
    await(
        () ->
            jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null"
                    + " and serialized_event like ?",
                Integer.class,
                "%" + id + "%"),
        n -> n == 0);
  }

  /** Runs {@code action} on {@code threads} threads released at once; fails if any failed. */
  private static void race(int threads, Runnable action) throws Exception {
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  action.run();
                  return null;
                }));
      }
      start.countDown();
      for (var run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBadOrStaleSignatureIsRefusedWith400AndNothingIsStored() throws Exception {
    String event = StripeStub.event("checkout.session.completed", Map.of("id", "cs_test_nothing"));
    long now = Instant.now().getEpochSecond();
    assertThat(post(event, StripeStub.signature(event, "whsec_wrong", now)).statusCode())
        .isEqualTo(400);
    assertThat(post(event, StripeStub.signature(event, SECRET, now - 301)).statusCode())
        .isEqualTo(400);
    assertThat(post(event, "").statusCode()).isEqualTo(400);
    assertThat(post(event.replace("cs_test_nothing", "cs_test_other"), sign(event)).statusCode())
        .isEqualTo(400);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from stripe_events where object_id like 'cs_test_%'"
                    + " and payload like '%cs_test_nothing%'",
                Integer.class))
        .isZero();
    assertThat(post(event, sign(event)).statusCode()).isEqualTo(200);
  }

  @Test
  void stripeFailingForAWhileIsRetriedWithTheSameIdempotencyKey() {
    Paid paid = bookedAndPaid(9);
    STRIPE.failNext(4, 500);
    as(customer);
    bookingChanges.cancel(paid.bookingId(), "");
    PaymentView released =
        await(
            () -> mine.forMyBooking(paid.bookingId()).orElseThrow(),
            p -> p.status() == PaymentStatus.CANCELLED);
    String intent = STRIPE.ids("payment_intent").getFirst();
    List<String> keys = STRIPE.idempotencyKeys("POST", "/v1/payment_intents/" + intent + "/cancel");
    assertThat(keys).hasSizeGreaterThan(1).containsOnly("release-" + released.id());
    assertThat(STRIPE.paymentIntent(intent)).containsEntry("status", "canceled");
  }

  @Test
  void theOwnerConnectsStripeAndSeesPayouts() {
    as(owner);
    PaymentSetup setup = shopSetup.setup(shopId);
    assertThat(setup.onlineAvailable()).isTrue();
    assertThat(setup.account()).isEqualTo(PayoutAccountStatus.ENABLED);
    assertThat(setup.commissionPercent()).isEqualByComparingTo("10");
    assertThat(shopSetup.payouts(shopId)).hasSize(2);
    String again = shopSetup.connect(shopId);
    assertThat(again).startsWith(STRIPE.baseUrl());
    assertThat(STRIPE.ids("account")).hasSize(1);

    // A second shop starts pending, and may not take cards until Stripe enables it.
    var other = BookingFixtures.create(users, shops, membership, schedules);
    as(other.shop().ownerEmail());
    shopSetup.connect(other.shop().shopId());
    assertThat(shopSetup.refreshAccount(other.shop().shopId()).account())
        .isEqualTo(PayoutAccountStatus.PENDING);
    assertThatThrownBy(() -> shopSetup.change(other.shop().shopId(), PaymentMode.REQUIRED, 50))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Connect your Stripe account first");
    assertThat(shopSetup.payouts(other.shop().shopId())).isEmpty();
  }

  private String sign(String payload) {
    return StripeStub.signature(payload, SECRET, Instant.now().getEpochSecond());
  }

  private HttpResponse<String> post(String payload, String signature) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(webhookUrl()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(payload));
    if (!signature.isEmpty()) {
      request.header("Stripe-Signature", signature);
    }
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
