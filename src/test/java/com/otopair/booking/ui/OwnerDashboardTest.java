package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.chart.Chart;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.OwnerBoard;
import com.otopair.booking.ShopBookings;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobProvisioning;
import com.otopair.payments.OwnerRevenue;
import com.otopair.reviews.ReviewDraft;
import com.otopair.reviews.Reviews;
import com.otopair.reviews.Visit;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The owner's home: every tile shows the test shop's own numbers as the database counts them, and
 * moves without a reload when a customer books or cancels from elsewhere; the shop's zone decides
 * what "today" is; another owner sees only their own shop.
 */
class OwnerDashboardTest extends KaribuTest {

  /** Eight hours behind UTC in winter: 23:30 here is already tomorrow in UTC. */
  static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");

  static final BookingDetails DETAILS =
      new BookingDetails(
          new VehicleDetails(null, 2019, "Toyota", "Corolla", "1HGCM82633A004352", "abc 123"),
          "Grinding noise when braking",
          "+1 604 555 0123");

  /** Every mechanic works every day from 08:00 to midnight, so a slot at 23:30 exists. */
  static final LocalTime OPENS = LocalTime.of(8, 0);

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired BookingHolds holds;
  @Autowired BookingChanges changes;
  @Autowired ShopBookings shopBookings;
  @Autowired BookingProvisioning bookingProvisioning;
  @Autowired JobProvisioning jobProvisioning;
  @Autowired ConsultProvisioning consult;
  @Autowired OwnerBoard board;
  @Autowired OwnerRevenue revenue;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired AccountLanguages languages;
  @Autowired Reviews reviews;

  /** A live Vancouver shop, its owner, its two mechanics and its 15-minute inspection. */
  record Garage(
      UUID shopId, String slug, String ownerEmail, UUID alex, UUID bea, UUID inspection) {}

  Garage garage;
  LocalDate today;
  List<String> customers;

  @BeforeEach
  void aWednesdayMorningInVancouver() {
    // Next week's Wednesday, 08:00 in Vancouver: the week began on Monday, tomorrow is Thursday.
    today =
        LocalDate.now(clock.withZone(VANCOUVER))
            .plusDays(7)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    moveClockTo(today.atTime(8, 0));
    garage = garage();
    customers = customers(6);
  }

  @Test
  void everyTileShowsTheShopsOwnNumbersAsTheDatabaseCountsThem() {
    bookAs(customers.get(0), garage.alex(), today.atTime(10, 0));
    bookAs(customers.get(1), garage.bea(), today.atTime(23, 30));
    bookAs(customers.get(2), garage.bea(), today.plusDays(1).atTime(9, 0));
    // Next week's bookings, provisioned, each job moved to another column of the board.
    List<UUID> later = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      later.add(
          bookingProvisioning
              .book(
                  users.findByEmail(customers.get(3 + i % 3)).orElseThrow(),
                  garage.shopId(),
                  i,
                  today.plusDays(5),
                  DETAILS.vehicle(),
                  "Noise")
              .orElseThrow());
    }
    jobProvisioning.fromBookings(later);
    // The confirmed bookings' jobs open through the outbox: wait for them, then count.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("select count(*) from jobs where shop_id = ?") == 8);
    consult.waiting(ask(), Duration.ofMinutes(7));
    Instant thisWeek = today.atTime(9, 0).atZone(VANCOUVER).toInstant();
    Instant lastWeek = thisWeek.minus(Duration.ofDays(7));
    paid(later.get(0), 12_000, thisWeek);
    UUID refunded = paid(later.get(1), 9_000, thisWeek);
    paid(later.get(2), 20_000, lastWeek);
    refund(refunded, 2_500, thisWeek);
    review(later.get(0), 5, thisWeek);
    review(later.get(1), 4, thisWeek.minus(Duration.ofDays(40)));
    review(later.get(2), 3, thisWeek.minus(Duration.ofDays(70)));

    openHome(garage.ownerEmail());
    Formats formats = Formats.current();

    // Today's bookings: the shop's day, 23:30 included.
    assertThat(figure("tile-bookings-today")).isEqualTo(formats.count(bookingsOn(today)));
    assertThat(bookingsOn(today)).isEqualTo(2);
    assertThat(note("tile-bookings-today")).contains(formats.count(bookingsOn(today.plusDays(1))));
    assertThat(listItems("tile-bookings-today"))
        .containsExactly(
            "10:00 AMCasey · Inspection · Alex Martin",
            "11:30 PMCasey · Inspection · Béa Roy",
            "Tomorrow 9:00 AMCasey · Inspection · Béa Roy");

    // Live sessions waiting.
    assertThat(figure("tile-waiting-sessions"))
        .isEqualTo(
            formats.count(
                count(
                    "select count(*) from consult_sessions where shop_id = ? and status = 'WAITING'")));

    // Open jobs by status, and the estimates waiting with their pending lines' total.
    assertThat(figure("tile-open-jobs"))
        .isEqualTo(
            formats.count(
                count(
                    "select count(*) from jobs where shop_id = ?"
                        + " and status not in ('COMPLETED', 'CANCELLED')")));
    assertThat(listItems("tile-open-jobs"))
        .contains(
            "Requested"
                + formats.count(
                    count("select count(*) from jobs where shop_id = ? and status = 'REQUESTED'")),
            "Waiting for approval"
                + formats.count(
                    count(
                        "select count(*) from jobs where shop_id = ?"
                            + " and status = 'WAITING_APPROVAL'")));
    assertThat(figure("tile-waiting-estimates"))
        .isEqualTo(
            formats.count(
                count(
                    "select count(*) from jobs where shop_id = ? and status = 'WAITING_APPROVAL'")));
    long pending =
        count(
            "select coalesce(sum(round(l.quantity * l.unit_price_minor)), 0) from job_lines l"
                + " join jobs j on j.id = l.job_id where j.shop_id = ?"
                + " and j.status = 'WAITING_APPROVAL' and l.approval = 'PENDING'");
    assertThat(pending).isPositive();
    assertThat(note("tile-waiting-estimates")).contains(formats.money(new Money(pending, "CAD")));

    // Money in: captured on the shop's days, less refunds.
    long week = moneyIn(today.with(DayOfWeek.MONDAY), today.with(DayOfWeek.MONDAY).plusDays(7));
    long weekBefore =
        moneyIn(today.with(DayOfWeek.MONDAY).minusDays(7), today.with(DayOfWeek.MONDAY));
    assertThat(week).isEqualTo(12_000 + 9_000 - 2_500);
    assertThat(figure("tile-revenue")).isEqualTo(formats.money(new Money(week, "CAD")));
    Chart money = chart("revenue-chart");
    assertThat(values(money).subList(0, 2)).containsExactly(week / 100.0, weekBefore / 100.0);
    assertThat(note("tile-revenue"))
        .startsWith(
            formats.share((double) (weekBefore - week) / weekBefore) + " less than last week");

    // Rating: the average of every visible review, and each month's.
    double average =
        jdbc.queryForObject(
            "select avg(stars) from reviews where shop_id = ? and hidden_at is null",
            Double.class,
            garage.shopId());
    assertThat(figure("tile-rating-trend")).isEqualTo(formats.rating(average));
    Chart rating = chart("rating-chart");
    assertThat(rating.getCategories()).hasSize(3);
    assertThat(rating.getCategories().getLast()).isEqualTo(formats.month(YearMonth.from(today)));
    assertThat(_get(Tile.class, spec -> spec.withId("tile-rating-trend")).getLink().getHref())
        .isEqualTo("shops/" + garage.slug() + "#reviews");

    // Utilisation: booked over available, per mechanic, this week.
    assertUtilisation();
  }

  @Test
  void aBookingMadeElsewhereMovesTodayAndUtilisationWithoutAReload() {
    bookAs(customers.get(0), garage.alex(), today.atTime(10, 0));
    openHome(garage.ownerEmail());
    assertThat(figure("tile-bookings-today")).isEqualTo(Formats.current().count(1));
    List<Number> before =
        chart("utilisation-chart").getSeries().getFirst().values().stream()
            .map(v -> (Number) v)
            .toList();

    // A customer books from another browser: another thread, their own security context.
    bookAs(customers.get(1), garage.bea(), today.atTime(14, 0));
    runPendingPushes();

    assertThat(figure("tile-bookings-today")).isEqualTo(Formats.current().count(bookingsOn(today)));
    assertThat(bookingsOn(today)).isEqualTo(2);
    assertThat(chart("utilisation-chart").getSeries().getFirst().values()).isNotEqualTo(before);
    assertUtilisation();
  }

  @Test
  void theShopsZoneDecidesWhatTodayIsWhateverTheServersZone() {
    bookAs(customers.get(0), garage.bea(), today.atTime(23, 30));
    bookAs(customers.get(1), garage.bea(), today.plusDays(1).atTime(8, 0));

    SignIn.as(userDetails, garage.ownerEmail());
    OwnerBoard.Days days = board.days(garage.shopId());

    // 23:30 in Vancouver is 07:30 the next day in UTC; it is still today's for the shop.
    assertThat(days.today()).isEqualTo(1);
    assertThat(days.tomorrow()).isEqualTo(1);
    assertThat(days.next().getFirst().start())
        .isEqualTo(today.atTime(23, 30).atZone(VANCOUVER).toInstant());
  }

  @Test
  void aCancellationOrANoShowMovesTheRates() {
    UUID ten = bookAs(customers.get(0), garage.alex(), today.atTime(10, 0));
    UUID eleven = bookAs(customers.get(1), garage.bea(), today.atTime(11, 0));
    openHome(garage.ownerEmail());
    _assertNone(UnorderedList.class, spec -> spec.withId("missed-rates"));
    assertThat(note("tile-missed-bookings")).contains("No bookings came due");

    // The customer cancels from elsewhere, two hours ahead: inside the 24-hour window, so late.
    as(customers.get(1), () -> changes.cancel(eleven, "Car fixed itself"));
    runPendingPushes();
    assertThat(rates())
        .containsExactly(
            "No-shows: " + share("status = 'NO_SHOW'") + " (0)",
            "Cancelled late by the customer: "
                + share("status = 'CANCELLED' and cancelled_late")
                + " (1)");
    assertThat(share("status = 'CANCELLED' and cancelled_late")).isEqualTo("100%");

    // Half an hour after ten, the owner marks the ten o'clock booking missed, from elsewhere.
    moveClockTo(today.atTime(10, 30));
    as(garage.ownerEmail(), () -> shopBookings.markNoShow(ten));
    runPendingPushes();
    assertThat(rates())
        .containsExactly(
            "No-shows: " + share("status = 'NO_SHOW'") + " (1)",
            "Cancelled late by the customer: "
                + share("status = 'CANCELLED' and cancelled_late")
                + " (1)");
    assertThat(share("status = 'NO_SHOW'")).isEqualTo("50%");
  }

  @Test
  void aReviewPostedElsewhereMovesTheRatingWithoutAReload() {
    UUID visit =
        bookingProvisioning
            .book(
                users.findByEmail(customers.get(0)).orElseThrow(),
                garage.shopId(),
                0,
                today.plusDays(5),
                DETAILS.vehicle(),
                "Noise")
            .orElseThrow();
    jobProvisioning.completed(List.of(visit));
    openHome(garage.ownerEmail());
    assertThat(note("tile-rating-trend")).startsWith("No reviews yet");

    as(
        customers.get(0),
        () -> reviews.post(Visit.booking(visit), new ReviewDraft(4, "Honest work.", true)));
    runPendingPushes();

    double average =
        jdbc.queryForObject(
            "select avg(stars) from reviews where shop_id = ? and hidden_at is null",
            Double.class,
            garage.shopId());
    assertThat(figure("tile-rating-trend")).isEqualTo(Formats.current().rating(average));
    assertThat(chart("rating-chart").describe())
        .isEqualTo(
            "Average stars: "
                + Formats.current().month(YearMonth.from(clock.instant().atZone(VANCOUVER)))
                + " "
                + Formats.current().rating(average));
  }

  @Test
  void anotherOwnerSeesOnlyTheirOwnNumbersAndNotTheFirstShops() {
    bookAs(customers.get(0), garage.alex(), today.atTime(10, 0));
    consult.waiting(ask(), Duration.ofMinutes(3));
    Garage other = garage();

    openHome(other.ownerEmail());
    assertThat(figure("tile-bookings-today")).isEqualTo("0");
    assertThat(figure("tile-waiting-sessions")).isEqualTo("0");
    assertThat(figure("tile-open-jobs")).isEqualTo("0");
    assertThat(figure("tile-revenue")).isEqualTo(Formats.current().money(new Money(0, "CAD")));
    assertThat(note("tile-bookings-today"))
        .isEqualTo(
            "No bookings today or tomorrow yet: customers book from your public page, and you can see free times on the calendar.");
    assertThat(_get(Tile.class, spec -> spec.withId("tile-bookings-today")).getLink().getHref())
        .isEqualTo("schedule");

    // The first shop's numbers are not there for them, whatever id they send.
    assertThatThrownBy(() -> board.days(garage.shopId())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> revenue.revenue(garage.shopId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aFrenchOwnersTilesReadFrenchWithEveryKeyFound() {
    bookAs(customers.get(0), garage.alex(), today.atTime(10, 0));
    languages.choose(users.findByEmail(garage.ownerEmail()).orElseThrow(), I18n.FRENCH);
    openHome(garage.ownerEmail());

    assertThat(_get(Tile.class, spec -> spec.withId("tile-bookings-today")).getChildren())
        .first()
        .extracting(c -> c.getElement().getText())
        .isEqualTo("Réservations d’aujourd’hui");
    assertThat(note("tile-bookings-today")).isEqualTo("Demain : 0 réservé(s).");
    assertThat(figure("tile-revenue"))
        .isEqualTo(Formats.of(I18n.FRENCH).money(new Money(0, "CAD")));
    assertThat(textOf(UI.getCurrent())).doesNotContainPattern(MISSING_KEY);
  }

  @Test
  void anOwnerWithoutAShopSeesTheSetUpCardsInsteadOfTiles() {
    String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(email, "Nina Newowner", Roles.SHOP_OWNER, "a long passphrase");
    openHome(email);
    _assertNone(Div.class, spec -> spec.withId("dashboard"));
    _assertNone(Tile.class);
  }

  // ---- helpers

  private void assertUtilisation() {
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    // Alex: 16 h a day, but Thursday only 10:00–14:00; Béa: 16 h a day, Friday off.
    long alexAvailable = Duration.ofHours(16 * 6 + 4).toMinutes();
    long beaAvailable = Duration.ofHours(16 * 6).toMinutes();
    long alexBooked = bookedMinutes(garage.alex(), monday);
    long beaBooked = bookedMinutes(garage.bea(), monday);
    Chart chart = chart("utilisation-chart");
    assertThat(chart.getCategories()).containsExactly("Alex Martin", "Béa Roy");
    assertThat(values(chart))
        .containsExactly(
            UtilisationTile.percent((double) alexBooked / alexAvailable),
            UtilisationTile.percent((double) beaBooked / beaAvailable));
    assertThat(figure("tile-utilisation"))
        .isEqualTo(
            Formats.current()
                .share((double) (alexBooked + beaBooked) / (alexAvailable + beaAvailable)));
  }

  private long bookedMinutes(UUID mechanic, LocalDate monday) {
    return count(
        "select coalesce(sum(extract(epoch from ends_at - starts_at)) / 60, 0)::bigint from bookings"
            + " where shop_id = ? and mechanic_id = '"
            + mechanic
            + "' and status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW')"
            + " and starts_at >= '"
            + monday.atStartOfDay(VANCOUVER).toInstant()
            + "' and starts_at < '"
            + monday.plusDays(7).atStartOfDay(VANCOUVER).toInstant()
            + "'");
  }

  private long bookingsOn(LocalDate day) {
    return jdbc.queryForObject(
        "select count(*) from bookings where shop_id = ?"
            + " and status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW')"
            + " and (starts_at at time zone 'America/Vancouver')::date = ?",
        Long.class,
        garage.shopId(),
        day);
  }

  private long moneyIn(LocalDate from, LocalDate to) {
    Timestamp start = Timestamp.from(from.atStartOfDay(VANCOUVER).toInstant());
    Timestamp end = Timestamp.from(to.atStartOfDay(VANCOUVER).toInstant());
    long captured =
        jdbc.queryForObject(
            "select coalesce(sum(captured_minor), 0) from payments"
                + " where shop_id = ? and captured_at >= ? and captured_at < ?",
            Long.class,
            garage.shopId(),
            start,
            end);
    long refunded =
        jdbc.queryForObject(
            "select coalesce(sum(r.amount_minor), 0) from payment_refunds r"
                + " join payments p on p.id = r.payment_id"
                + " where p.shop_id = ? and r.created_at >= ? and r.created_at < ?",
            Long.class,
            garage.shopId(),
            start,
            end);
    return captured - refunded;
  }

  /**
   * Of the settled bookings (due or cancelled in the last 30 days), the share matching {@code
   * where}.
   */
  private String share(String where) {
    String settled =
        " from bookings where shop_id = ? and confirmed_at is not null and ((status in"
            + " ('CONFIRMED', 'COMPLETED', 'NO_SHOW') and starts_at <= now() + interval '"
            + Duration.between(Instant.now(), clock.instant()).toSeconds()
            + " seconds') or status = 'CANCELLED')";
    long all = count("select count(*)" + settled);
    long matching = count("select count(*)" + settled + " and " + where);
    return Formats.current().share((double) matching / all);
  }

  private List<String> rates() {
    return _get(UnorderedList.class, spec -> spec.withId("missed-rates"))
        .getChildren()
        .map(item -> ((ListItem) item).getText())
        .toList();
  }

  private UUID paid(UUID bookingId, long minor, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description,"
            + " gateway, status, currency, amount_minor, captured_minor, created_at, updated_at)"
            + " select ?, shop_id, customer_id, 'BOOKING', id, 'Inspection', 'OFFLINE', 'CAPTURED',"
            + " 'CAD', ?, ?, ?, ? from bookings where id = ?",
        id,
        minor,
        minor,
        Timestamp.from(at.minus(Duration.ofDays(1))),
        Timestamp.from(at),
        bookingId);
    // The database stamps when the money was taken: the capturing write's time.
    assertThat(
            jdbc.queryForObject(
                    "select captured_at from payments where id = ?", Timestamp.class, id)
                .toInstant())
        .isEqualTo(at);
    return id;
  }

  private void refund(UUID paymentId, long minor, Instant at) {
    jdbc.update(
        "insert into payment_refunds (id, payment_id, amount_minor, from_first_minor,"
            + " from_extra_minor, kind, reason, status, created_at)"
            + " values (?, ?, ?, ?, 0, 'ADMIN', 'Goodwill', 'DONE', ?)",
        UUID.randomUUID(),
        paymentId,
        minor,
        minor,
        Timestamp.from(at));
  }

  private void review(UUID bookingId, int stars, Instant at) {
    jdbc.update(
        "insert into reviews (id, shop_id, mechanic_id, booking_id, customer_id, author_name,"
            + " service_name, served_at, stars, body, recommend, posted_at)"
            + " select ?, shop_id, mechanic_id, id, customer_id, 'Casey', service_name, ?, ?, '',"
            + " true, ? from bookings where id = ?",
        UUID.randomUUID(),
        Timestamp.from(at),
        stars,
        Timestamp.from(at),
        bookingId);
  }

  private ConsultProvisioning.Ask ask() {
    return new ConsultProvisioning.Ask(
        garage.shopId(),
        "Dashboard Garage",
        new Offering(
            garage.inspection(),
            "Inspection",
            "We look it over.",
            OfferingCategory.DIAGNOSTICS,
            15,
            new Money(4000, "CAD"),
            OfferingMode.REMOTE_CHAT,
            true),
        users.findByEmail(customers.get(5)).orElseThrow(),
        "Casey Customer",
        "2019 Toyota Corolla",
        "A rattle");
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class, garage.shopId());
  }

  private void openHome(String email) {
    openAs(email);
    navigate("home");
  }

  private static Tile tile(String id) {
    return _get(Tile.class, spec -> spec.withId(id));
  }

  private static String figure(String id) {
    return tile(id).getFigure();
  }

  private static String note(String id) {
    return tile(id).getNote();
  }

  private static List<String> listItems(String id) {
    return tile(id)
        .getChildren()
        .flatMap(c -> c.getChildren())
        .filter(UnorderedList.class::isInstance)
        .flatMap(list -> list.getChildren())
        .map(item -> ((ListItem) item).getElement().getTextRecursively())
        .toList();
  }

  private static List<Double> values(Chart chart) {
    return chart.getSeries().getFirst().values().stream().map(Number::doubleValue).toList();
  }

  private static Chart chart(String id) {
    return _get(Chart.class, spec -> spec.withId(id));
  }

  private void moveClockTo(LocalDateTime local) {
    clock.advance(Duration.between(clock.instant(), local.atZone(VANCOUVER).toInstant()));
  }

  /** Books as the customer from another browser: another thread, their own security context. */
  private UUID bookAs(String email, UUID mechanic, LocalDateTime at) {
    return as(
        email,
        () -> {
          var held =
              holds.hold(
                  garage.shopId(), garage.inspection(), mechanic, at.atZone(VANCOUVER).toInstant());
          return holds.confirm(held.id(), DETAILS).id();
        });
  }

  private <T> T as(String email, Supplier<T> action) {
    return CompletableFuture.supplyAsync(
            () -> {
              SignIn.as(userDetails, email);
              try {
                return action.get();
              } finally {
                SecurityContextHolder.clearContext();
              }
            })
        .join();
  }

  private List<String> customers(int count) {
    List<String> emails = new ArrayList<>();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < count; i++) {
      String email = "dash-" + tag + "-" + i + "@example.test";
      users.createVerifiedUser(email, "Casey Customer" + i, Roles.CUSTOMER, "a long passphrase");
      emails.add(email);
    }
    return emails;
  }

  /**
   * A live Vancouver shop open every day until 23:45, whose mechanics Alex and Béa work every day
   * from 08:00 to midnight, except Alex on Thursday (10:00–14:00) and Béa on Friday (time off); no
   * buffers, an hour's notice, the 24-hour cancellation window.
   */
  private Garage garage() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String ownerEmail = "owner-" + tag + "@example.test";
    UUID owner =
        users.createVerifiedUser(ownerEmail, "Olga Owner", Roles.SHOP_OWNER, "a long passphrase");
    String slug = "dashboard-" + tag;
    UUID shop =
        shops.createLiveShop(
            owner,
            new ShopDraft(
                "Dashboard Garage " + tag,
                slug,
                "1 Main Street",
                "Vancouver",
                "BC",
                "V6B 1A1",
                "CA",
                "(604) 555-0100",
                VANCOUVER.getId(),
                "We fix things.",
                null,
                null,
                Arrays.stream(DayOfWeek.values())
                    .map(d -> new OpeningHours(d, LocalTime.of(6, 0), LocalTime.of(23, 45)))
                    .toList()));
    UUID alex =
        users.createVerifiedUser(
            "alex-" + tag + "@example.test", "Alex Martin", Roles.MECHANIC, "a passphrase!");
    UUID bea =
        users.createVerifiedUser(
            "bea-" + tag + "@example.test", "Béa Roy", Roles.MECHANIC, "a passphrase!");
    membership.addMechanic(shop, alex);
    membership.addMechanic(shop, bea);
    List<WindowHours> everyDay =
        Arrays.stream(DayOfWeek.values())
            .map(d -> WindowHours.weekly(d, OPENS, LocalTime.MIDNIGHT, BigDecimal.ONE))
            .toList();
    schedules.weeklyHours(shop, alex, everyDay);
    schedules.weeklyHours(shop, bea, everyDay);
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    schedules.override(
        shop, alex, monday.plusDays(3), LocalTime.of(10, 0), LocalTime.of(14, 0), "Training");
    schedules.timeOff(shop, bea, monday.plusDays(4), monday.plusDays(4), "Away");
    schedules.policy(
        shop,
        new BookingPolicy(
            Duration.ofMinutes(15),
            Duration.ZERO,
            Duration.ZERO,
            Duration.ofHours(1),
            60,
            null,
            Duration.ofHours(24),
            2,
            BookingPolicy.DEFAULT_LIVE_WAIT_MINUTES,
            false));
    UUID inspection =
        shops.addOffering(
            shop,
            new Offering(
                null,
                "Inspection",
                "We look it over.",
                OfferingCategory.DIAGNOSTICS,
                15,
                new Money(4000, "CAD"),
                OfferingMode.IN_SHOP,
                true));
    return new Garage(shop, slug, ownerEmail, alex, bea, inspection);
  }
}
