package com.otopair.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.ConfirmedBooking;
import com.otopair.booking.PhoneBooking;
import com.otopair.booking.PhoneBookings;
import com.otopair.consult.EndReason;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobIntake;
import com.otopair.jobs.JobOpened;
import com.otopair.jobs.JobOrigin;
import com.otopair.jobs.NewJob;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entry points that have no intake link of their own land in the CRM under their name: a
 * booking the shop takes over the phone (a phone booking, or a phone job) and a follow-up card's
 * click; the funnel filtered by that entry point counts the customer.
 */
class EntryPointsTest extends IntegrationTest {

  @Autowired ApplicationContext beans;
  @Autowired InteractionRecording recording;
  @Autowired JobIntake intake;
  @Autowired Upsells upsells;
  @Autowired Interactions interactions;
  @Autowired CrmReports reports;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired PhoneBookings phoneBookings;
  @Autowired BookingProvisioning bookingProvisioning;
  @Autowired ScheduleProvisioning schedules;

  private List<Map<String, Object>> interactionsOf(UUID subject) {
    return jdbc.queryForList(
        "select kind, customer_id, shop_id, entry_point from crm_interactions"
            + " where subject_id = ?",
        subject);
  }

  /** The shop's funnel, today on its calendar, from one entry point, as an admin reads it. */
  private List<Long> funnel(UUID shop, EntryPoint entry) {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    LocalDate today = reports.today(shop);
    return reports.funnel(new CrmFilter(today.minusDays(1), today, shop, entry)).stream()
        .map(FunnelRow::customers)
        .toList();
  }

  private UUID open(ScheduleFixtures shop, JobOrigin origin, String customer) {
    SignIn.as(userDetails, shop.ownerEmail());
    return intake
        .open(
            shop.shopId(),
            new NewJob(
                origin,
                "Casey Caller",
                customer,
                null,
                "2016 Honda Civic",
                "Brake noise",
                "Squeals when stopping"))
        .id();
  }

  @Test
  void aBookingTakenByPhoneIsRecordedAsABookingFromThePhoneAndTheFunnelCountsIt() {
    var shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String caller = "caller-" + tag + "@example.test";
    String walker = "walker-" + tag + "@example.test";

    UUID phoned = open(shop, JobOrigin.PHONE, caller);
    UUID walkedIn = open(shop, JobOrigin.WALK_IN, walker);

    // Through the outbox, after the owner's transaction.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !interactionsOf(phoned).isEmpty());
    UUID callerId = users.findOrCreateCustomer("Casey Caller", caller, null);
    assertThat(interactionsOf(phoned))
        .containsExactly(
            Map.of(
                "kind",
                "BOOKING",
                "customer_id",
                callerId,
                "shop_id",
                shop.shopId(),
                "entry_point",
                "PHONE"));
    // A walk-in is not a booking.
    assertThat(interactionsOf(walkedIn)).isEmpty();
    assertThat(funnel(shop.shopId(), EntryPoint.PHONE)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
    assertThat(funnel(shop.shopId(), EntryPoint.TALK_NOW)).containsOnly(0L);
  }

  @Test
  void aPhoneJobDeliveredTwiceOrTwiceAtOnceIsOneBooking() throws Exception {
    var shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    UUID customer =
        users.findOrCreateCustomer(
            "Dana Dialer", "dana-" + UUID.randomUUID() + "@example.test", null);
    var opened =
        new JobOpened(
            UUID.randomUUID(),
            shop.shopId(),
            customer,
            JobOrigin.PHONE,
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    var fromABooking =
        new JobOpened(
            UUID.randomUUID(), shop.shopId(), customer, JobOrigin.BOOKING, clock.instant());
    InteractionRecording listener = ListenerRuns.target(recording);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(opened));
    transactions.executeWithoutResult(tx -> listener.on(fromABooking));

    assertThat(interactionsOf(opened.jobId()))
        .extracting(row -> row.get("kind"), row -> row.get("entry_point"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("BOOKING", "PHONE"));
    // The booking that opened a job is already counted by its own event.
    assertThat(interactionsOf(fromABooking.jobId())).isEmpty();
  }

  /** Distinct customers the shop's phone entry counts, in SQL, for the test's own shop. */
  private long phoneEntriesInSql(UUID shop) {
    return jdbc.queryForObject(
        "select count(distinct customer_id) from crm_interactions"
            + " where shop_id = ? and kind = 'BOOKING' and entry_point = 'PHONE'",
        Long.class,
        shop);
  }

  @Test
  void aBookingTheShopTakesOnACallIsAPhoneEntryOfTheFunnel() {
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    UUID shop = fixture.shop().shopId();
    String caller = "phoned-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    ZoneId zone = ZoneId.of("America/Toronto");
    SignIn.as(userDetails, fixture.shop().ownerEmail());

    UUID booking =
        phoneBookings
            .book(
                shop,
                new PhoneBooking(
                    "Pat Phoned",
                    caller,
                    null,
                    fixture.oilChange(),
                    fixture.shop().alex(),
                    TestDays.nextMonday(clock, zone).atTime(10, 0).atZone(zone).toInstant(),
                    "Rattles at idle"))
            .booking()
            .id();

    // Through the outbox, after the owner's transaction.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !interactionsOf(booking).isEmpty());
    assertThat(interactionsOf(booking))
        .containsExactly(
            Map.of(
                "kind",
                "BOOKING",
                "customer_id",
                users.findByEmail(caller).orElseThrow(),
                "shop_id",
                shop,
                "entry_point",
                "PHONE"));
    assertThat(phoneEntriesInSql(shop)).isOne();
    assertThat(funnel(shop, EntryPoint.PHONE))
        .containsExactly(phoneEntriesInSql(shop), 0L, 0L, 0L, 0L, 0L);
    assertThat(funnel(shop, EntryPoint.TALK_NOW)).containsOnly(0L);
  }

  @Test
  void aPhoneBookingDeliveredTwiceOrTwiceAtOnceIsOnePhoneEntry() throws Exception {
    var booked =
        ConfirmedBooking.create(
            users, shops, membership, schedules, bookingProvisioning, jdbc, clock);
    jdbc.update("update bookings set source = 'PHONE' where id = ?", booked.bookingId());
    InteractionRecording listener = ListenerRuns.target(recording);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(booked.confirmed()));

    assertThat(interactionsOf(booked.bookingId()))
        .extracting(row -> row.get("kind"), row -> row.get("entry_point"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("BOOKING", "PHONE"));
  }

  @Test
  void aBookingFromTheWebTheApiOrTheWaitlistTakesTheEntryOfTheCustomersJourney() {
    for (String source : List.of("WEB", "API", "WAITLIST")) {
      var booked =
          ConfirmedBooking.create(
              users, shops, membership, schedules, bookingProvisioning, jdbc, clock);
      jdbc.update("update bookings set source = ? where id = ?", source, booked.bookingId());
      UUID shop = booked.shop().shop().shopId();
      UUID customer = booked.confirmed().customerId();
      interactions.record(
          InteractionKind.INTAKE_STARTED,
          UUID.randomUUID(),
          customer,
          shop,
          EntryPoint.SHOP_PAGE,
          clock.instant().minusSeconds(60));

      transactions.executeWithoutResult(
          tx -> ListenerRuns.target(recording).on(booked.confirmed()));

      assertThat(interactionsOf(booked.bookingId()))
          .as(source)
          .extracting(row -> row.get("kind"), row -> row.get("entry_point"))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("BOOKING", "SHOP_PAGE"));
      assertThat(phoneEntriesInSql(shop)).as(source).isZero();
      assertThat(funnel(shop, EntryPoint.PHONE)).as(source).containsOnly(0L);
    }
  }

  @Test
  void aFollowUpCardIsShownAndClickedUnderFollowUpAndTheFunnelCountsIt() {
    var fixtures = new UpsellFixtures(beans);
    var shop = fixtures.montreal();
    UUID chat =
        fixtures.service(shop, "Chat", OfferingCategory.OTHER, OfferingMode.REMOTE_CHAT, 20, 1900);
    UUID repair = fixtures.service(shop, OfferingCategory.SUSPENSION, 30000);
    String email = fixtures.customer();
    UUID me = fixtures.userId(email);
    UUID session =
        fixtures.session(
            shop, me, chat, clock.instant().minusSeconds(3 * 24 * 3600), EndReason.CUSTOMER);
    fixtures.summary(session, repair);
    SignIn.as(userDetails, email);

    UpsellOffer card =
        upsells.showOnHome(Upsells.ON_HOME).stream()
            .filter(o -> o.upsell().kind() == UpsellKind.SESSION_FOLLOW_UP)
            .findFirst()
            .orElseThrow();
    assertThat(upsells.click(card.id())).endsWith("&from=follow-up");

    assertThat(interactionsOf(card.id()))
        .extracting(row -> row.get("kind"), row -> row.get("entry_point"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("UPSELL_SHOWN", "FOLLOW_UP"),
            org.assertj.core.groups.Tuple.tuple("UPSELL_CLICKED", "FOLLOW_UP"));
    assertThat(funnel(shop.id(), EntryPoint.FOLLOW_UP).getFirst()).isOne();
    assertThat(funnel(shop.id(), EntryPoint.UPSELL)).containsOnly(0L);
  }
}
