package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.DailyTotals;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.chart.Chart;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.VehicleDetails;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserActivity;
import com.otopair.identity.UserProvisioning;
import com.otopair.payments.PaymentChanged;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopFixtures;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.shops.ShopService;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin's home: a live board whose every figure is what the database says at that moment, and
 * which moves when a booking, a shop or a failed payment happens elsewhere, without a reload.
 */
class AdminHomeTest extends KaribuTest {

  static final List<String> ADMIN_TILES =
      List.of(
          "tile-active-users",
          "tile-shops-waiting",
          "tile-bookings-over-time",
          "tile-sessions-over-time",
          "tile-money-over-time",
          "tile-payment-failures",
          "tile-dead-outbox",
          "tile-mail-failures");

  @Autowired JdbcTemplate jdbc;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired ShopService shopService;
  @Autowired BookingHolds bookings;
  @Autowired UserActivity activity;
  @Autowired UserDetailsService userDetails;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  @Value("${otopair.outbox.max-attempts}")
  int maxAttempts;

  private void openHome() {
    openAs(DemoAccounts.ADMIN.email());
    navigate("home");
  }

  private static Tile tile(String id) {
    return _get(Tile.class, spec -> spec.withId(id));
  }

  private static String count(long value) {
    return Formats.current().count(value);
  }

  private long sql(String query, Object... args) {
    return jdbc.queryForObject(query, Long.class, args);
  }

  private Timestamp ago(Duration duration) {
    return Timestamp.from(clock.instant().minus(duration));
  }

  private Timestamp weekStart() {
    return Timestamp.from(DailyTotals.startOf(DailyTotals.firstOfLast(clock, 7)));
  }

  private long bookingsThisWeek() {
    return sql(
        "select count(*) from bookings where confirmed_at >= ? and rescheduled_from is null",
        weekStart());
  }

  private long failedPayments() {
    return sql(
        "select count(*) from payments where updated_at >= ? and split_part(failure, chr(31), 1)"
            + " in ('payments.failure.not-paid', 'payments.failure.hold-ended',"
            + " 'payments.failure.hold-refused', 'payments.failure.extra-not-charged')",
        ago(Duration.ofDays(7)));
  }

  @Test
  void adminsLandOnTheirBoardWithEveryTileInOrder() {
    openHome();

    assertThat(currentView()).isEqualTo("HomeView");
    List<String> shown = _find(Tile.class).stream().map(t -> t.getId().orElseThrow()).toList();
    assertThat(shown).containsSubsequence(ADMIN_TILES);
    String page = textOf(UI.getCurrent());
    assertThat(page).doesNotContainPattern(MISSING_KEY);
    assertThat(tile("tile-dead-outbox").getLink().getHref()).isEqualTo("admin/outbox?state=DEAD");
    assertThat(tile("tile-mail-failures").getLink().getHref())
        .isEqualTo("admin/email-log?status=FAILED&days=7");
    assertThat(tile("tile-payment-failures").getLink().getHref())
        .isEqualTo("admin/payments?failed=7");
    assertThat(tile("tile-shops-waiting").getLink().getHref())
        .isEqualTo("admin/shops?status=PENDING_APPROVAL");
    assertThat(tile("tile-sessions-over-time").getLink().getHref()).isEqualTo("admin/sessions");
    assertThat(tile("tile-money-over-time").getLink().getHref()).isEqualTo("admin/payments");
  }

  @Test
  void theBoardReadsFrenchForAFrenchPage() {
    openHome();
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("admin/users");
    navigate("home");

    assertThat(tile("tile-active-users").getElement().getChild(0).getText())
        .isEqualTo("Utilisateurs actifs maintenant");
    assertThat(tile("tile-dead-outbox").getLink().getText()).isEqualTo("Voir le travail mort");
    assertThat(textOf(UI.getCurrent())).doesNotContainPattern(MISSING_KEY);
  }

  @Test
  void everyFigureIsWhatTheDatabaseSays() {
    openHome();

    assertThat(tile("tile-active-users").getFigure())
        .isEqualTo(
            count(
                sql(
                    "select count(*) from user_activity where last_seen_at > ?",
                    ago(Duration.ofMinutes(5)))));
    assertThat(tile("tile-shops-waiting").getFigure())
        .isEqualTo(count(sql("select count(*) from shops where status = 'PENDING_APPROVAL'")));
    assertThat(tile("tile-bookings-over-time").getFigure()).isEqualTo(count(bookingsThisWeek()));
    assertThat(tile("tile-sessions-over-time").getFigure())
        .isEqualTo(
            count(sql("select count(*) from consult_sessions where claimed_at >= ?", weekStart())));
    assertThat(tile("tile-payment-failures").getFigure()).isEqualTo(count(failedPayments()));
    assertThat(tile("tile-mail-failures").getFigure())
        .isEqualTo(
            count(
                sql(
                    "select count(*) from mail_log where status = 'FAILED' and updated_at >= ?",
                    ago(Duration.ofDays(7)))));
    long dead =
        sql(
            "select count(*) from event_publication where completion_date is null"
                + " and status = 'FAILED' and coalesce(completion_attempts, 0) + 1 >= ?",
            maxAttempts());
    assertThat(tile("tile-dead-outbox").getFigure()).isEqualTo(count(dead));
    assertThat(tile("tile-dead-outbox").hasClassName("otopair-attention")).isEqualTo(dead > 0);

    Chart bookingsChart = _get(Chart.class, spec -> spec.withId("chart-bookings-over-time"));
    assertThat(bookingsChart.getCategories()).hasSize(30);
    long today =
        sql(
            "select count(*) from bookings where confirmed_at >= ? and rescheduled_from is null",
            Timestamp.from(DailyTotals.startOf(DailyTotals.firstOfLast(clock, 1))));
    assertThat(bookingsChart.getSeries().getFirst().values().getLast().longValue())
        .isEqualTo(today);
  }

  private int maxAttempts() {
    return maxAttempts;
  }

  @Test
  void aBookingMadeElsewhereMovesTheBookingsTileWithoutAReload() {
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    openHome();
    Tile bookingsTile = tile("tile-bookings-over-time");
    Chart chart = _get(Chart.class, spec -> spec.withId("chart-bookings-over-time"));
    long before = bookingsThisWeek();
    long todayBefore = chart.getSeries().getFirst().values().getLast().longValue();
    assertThat(bookingsTile.getFigure()).isEqualTo(count(before));

    // The customer books on their own page, on another node for all the board knows.
    SignIn.as(userDetails, customer);
    ZoneId toronto = ZoneId.of("America/Toronto");
    Instant nine = TestDays.nextMonday(clock, toronto).atTime(9, 0).atZone(toronto).toInstant();
    BookingSummary held =
        bookings.hold(fixture.shop().shopId(), fixture.oilChange(), fixture.shop().alex(), nine);
    bookings.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
            "Oil light on",
            "+1 514 555 0123"));
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    runPendingPushes();

    assertThat(bookingsTile.getFigure()).isEqualTo(count(before + 1));
    assertThat(bookingsThisWeek()).isEqualTo(before + 1);
    assertThat(chart.getSeries().getFirst().values().getLast().longValue())
        .isEqualTo(todayBefore + 1);
  }

  @Test
  void aPaymentFailureElsewhereMovesTheFailuresTileAndMarksIt() {
    openHome();
    Tile failures = tile("tile-payment-failures");
    long before = failedPayments();
    assertThat(failures.getFigure()).isEqualTo(count(before));

    // A card hold the bank refused, written by the payments module on another thread.
    UUID shopId =
        jdbc.queryForObject("select id from shops order by created_at limit 1", UUID.class);
    UUID customer =
        jdbc.queryForObject(
            "select id from users where email = ?", UUID.class, DemoAccounts.CUSTOMER.email());
    UUID payment = UUID.randomUUID();
    UUID subject = UUID.randomUUID();
    transactions.executeWithoutResult(
        status -> {
          jdbc.update(
              """
              insert into payments (id, shop_id, customer_id, subject_kind, subject_id,
                  description, gateway, status, currency, amount_minor, released_minor, failure,
                  created_at, updated_at)
              values (?, ?, ?, 'BOOKING', ?, 'Brakes', 'STRIPE', 'CANCELLED', 'CAD', 9000, 9000,
                  'payments.failure.hold-refused' || chr(31) || 'wpayments.rules.not-online',
                  ?, ?)
              """,
              payment,
              shopId,
              customer,
              subject,
              Timestamp.from(clock.instant()),
              Timestamp.from(clock.instant()));
          events.publishEvent(new PaymentChanged(payment, subject, shopId));
        });
    runPendingPushes();

    assertThat(failures.getFigure()).isEqualTo(count(before + 1));
    assertThat(failures.hasClassName("otopair-attention")).isTrue();
  }

  @Test
  void aShopSubmittedElsewhereMovesTheWaitingTile() {
    String owner = ShopFixtures.newOwner(users);
    openHome();
    Tile waiting = tile("tile-shops-waiting");
    long before = sql("select count(*) from shops where status = 'PENDING_APPROVAL'");

    SignIn.as(userDetails, owner);
    shopService.submit(ShopFixtures.montreal(ShopFixtures.uniqueSlug("waiting")));
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    runPendingPushes();

    assertThat(waiting.getFigure()).isEqualTo(count(before + 1));
    assertThat(waiting.hasClassName("otopair-attention")).isTrue();
    assertThat(waiting.getNote()).doesNotContainPattern(MISSING_KEY).isNotBlank();
  }

  @Test
  void theActiveUsersTileReReadsOnThePagesPoll() {
    openHome();
    Tile active = tile("tile-active-users");
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(30_000);
    long before =
        sql(
            "select count(*) from user_activity where last_seen_at > ?",
            ago(Duration.ofMinutes(5)));
    assertThat(active.getFigure()).isEqualTo(count(before));

    // A mechanic's browser is heard from on another node.
    String email = "poll-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    UUID mechanic = users.createVerifiedUser(email, "Mo Mechanic", "MECHANIC", "a long passphrase");
    activity.seen(mechanic);
    ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

    assertThat(active.getFigure()).isEqualTo(count(before + 1));

    navigate("admin/users");
    assertThat(UI.getCurrent().getPollInterval())
        .as("leaving the board stops the poll")
        .isEqualTo(-1);
  }

  @Test
  void otherRolesSeeNoAdminTileAndNoAdminRoute() {
    for (String email :
        List.of(
            DemoAccounts.CUSTOMER.email(),
            DemoAccounts.SHOP_OWNERS.getFirst().email(),
            DemoAccounts.MECHANICS.getFirst().email())) {
      openAs(email);
      navigate("home");
      List<String> shown = _find(Tile.class).stream().map(t -> t.getId().orElse("")).toList();
      assertThat(shown).as(email).doesNotContainAnyElementsOf(ADMIN_TILES);
      for (String route : List.of("admin/outbox", "admin/payments", "admin/email-log")) {
        navigate(route);
        assertThat(currentView()).as(email + " " + route).isIn("AccessDeniedView", "NotFoundView");
      }
    }
  }
}
