package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.otopair.base.I18n;
import com.otopair.base.ui.Tile;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.consult.SessionStatus;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobIntake;
import com.otopair.jobs.JobOrigin;
import com.otopair.jobs.JobWorkflow;
import com.otopair.jobs.NewJob;
import com.otopair.reviews.ReviewDraft;
import com.otopair.reviews.Reviews;
import com.otopair.reviews.Visit;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A mechanic's home: the online switch with the sessions waiting at their shops, their jobs today
 * in order, their sessions and their rating; every figure as SQL counts it over the test's own
 * people, "today" and "this week" in each shop's zone, nobody else's work shown, and changes made
 * elsewhere arriving without a reload.
 */
class MechanicHomeTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired ServiceMenu menu;
  @Autowired BookingHolds holds;
  @Autowired JobIntake intake;
  @Autowired JobWorkflow workflow;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired ConsultProvisioning sessions;
  @Autowired Reviews reviews;
  @Autowired AccountLanguages languages;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures shop;
  ConsultFixtures consult;
  UUID shopId;
  UUID alex;
  String alexEmail;
  String owner;
  LocalDate monday;

  @BeforeEach
  void alexsShop() {
    shop = BookingFixtures.create(users, shops, membership, schedules);
    consult = ConsultFixtures.at(shop.shop(), users, shops, membership);
    shopId = shop.shop().shopId();
    alex = shop.shop().alex();
    alexEmail = shop.shop().alexEmail();
    owner = shop.shop().ownerEmail();
    monday = TestDays.nextMonday(clock, TORONTO);
  }

  @Test
  void eachTileShowsTheMechanicsOwnDayInTheShopsZoneAsSqlCountsIt() {
    // Emma books a live chat with Alex at 9:00 on Monday: its session and its job follow.
    Instant nine = monday.atTime(9, 0).atZone(TORONTO).toInstant();
    UUID booked = bookChat(consult.customerEmail(), alex, nine);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count("select count(*) from consult_sessions where booking_id = ?", booked) == 1
                    && count("select count(*) from jobs where booking_id = ?", booked) == 1);
    // Alex also works at a Vancouver shop; another shop is nobody's business here.
    ScheduleFixtures vancouver =
        ScheduleFixtures.create(users, shops, membership, "America/Vancouver");
    membership.addMechanic(vancouver.shopId(), alex);
    ConsultFixtures stranger = ConsultFixtures.create(users, shops, membership);

    // Sunday 23:30 in Toronto is already Monday in UTC: not Alex's Monday.
    moveTo(monday.minusDays(1).atTime(23, 30), TORONTO);
    walkIn(owner, shopId, "Sunny Sunday", alex);
    moveTo(monday.atTime(8, 0), TORONTO);
    walkIn(owner, shopId, "Walter Walkin", alex);
    walkIn(owner, shopId, "Bianca Bea", shop.shop().bea());
    clock.advance(Duration.ofMinutes(5));
    walkIn(vancouver.ownerEmail(), vancouver.shopId(), "Vera Vancouver", alex);
    walkIn(
        stranger.shop().ownerEmail(),
        stranger.shop().shopId(),
        "Oscar Other",
        stranger.shop().alex());

    // Sessions Alex saw through: one this Monday morning, one on Sunday night (last week there).
    finished(consult.customerId(), monday.atTime(7, 0), alex, "Alex Martin");
    finished(consult.customerId(), monday.minusDays(1).atTime(22, 0), alex, "Alex Martin");
    finished(consult.customerId(), monday.atTime(6, 0), shop.shop().bea(), "Béa Roy");
    // Two reviews of Alex (the latest without words), one of Béa.
    List<String> customers = BookingFixtures.customers(users, 4);
    UUID praised =
        finished(userId(customers.get(0)), monday.minusDays(3).atTime(10, 0), alex, "Alex Martin");
    UUID starsOnly =
        finished(userId(customers.get(1)), monday.minusDays(3).atTime(11, 0), alex, "Alex Martin");
    UUID beas =
        finished(
            userId(customers.get(3)),
            monday.minusDays(3).atTime(12, 0),
            shop.shop().bea(),
            "Béa Roy");
    review(
        customers.get(0),
        praised,
        5,
        "Patient and clear: he found the loose heat shield over chat in ten minutes flat, thanks!");
    clock.advance(Duration.ofMinutes(1));
    review(customers.get(1), starsOnly, 4, "");
    review(customers.get(3), beas, 1, "Béa never answered my question.");

    // Alex is in a session now; another customer waits at his shop, a third at a stranger's.
    UUID active = ask(consult, customers.get(0));
    doAs(alexEmail, () -> queue.claim(active));
    ask(consult, customers.get(1));
    ask(stranger, customers.get(2));

    openAs(alexEmail);
    navigate("home");

    assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText())
        .isEqualTo("Hello, Alex");
    assertThat(
            _get(Div.class, spec -> spec.withId("dashboard"))
                .getChildren()
                .map(c -> c.getId().orElse(""))
                .toList())
        .containsExactly("tile-online", "tile-my-jobs", "tile-my-sessions", "tile-my-rating");

    Tile online = tile("tile-online");
    assertThat(online.getFigure())
        .isEqualTo("1")
        .isEqualTo(
            String.valueOf(
                count(
                    "select count(*) from consult_sessions where status = 'WAITING'"
                        + " and booked_mechanic_id is null and shop_id in"
                        + " (select shop_id from shop_members where user_id = ?)",
                    alex)));
    assertThat(online.getLink().getHref()).isEqualTo("sessions");
    assertThat(_get(online, Checkbox.class, spec -> spec.withId("home-online-switch")).getValue())
        .isFalse();

    Tile jobs = tile("tile-my-jobs");
    assertThat(jobs.getFigure())
        .isEqualTo("3")
        .isEqualTo(
            String.valueOf(
                count(
                    "select count(*) from jobs j join shops s on s.id = j.shop_id"
                        + " where j.mechanic_id = ? and j.status <> 'CANCELLED'"
                        + " and (coalesce(j.scheduled_at, j.created_at) at time zone s.time_zone)::date"
                        + " = (cast(? as timestamptz) at time zone s.time_zone)::date",
                    alex,
                    Timestamp.from(clock.instant()))));
    List<String> rows = items(jobs);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).contains("Walter", "2016 Honda Civic", "Requested");
    assertThat(rows.get(1)).contains("Vera");
    assertThat(rows.get(2)).startsWith("9:00 AM · Emma · 2019 Toyota Corolla");
    assertThat(String.join("\n", rows)).doesNotContain("Sunny", "Bianca", "Oscar");
    assertThat(jobs.getNote()).isEqualTo("3 of 3 still to finish.");
    assertThat(jobs.getLink().getHref()).isEqualTo("jobs");

    Tile mine = tile("tile-my-sessions");
    assertThat(mine.getFigure())
        .isEqualTo("1")
        .isEqualTo(
            String.valueOf(
                count(
                    "select count(*) from consult_sessions where mechanic_id = ?"
                        + " and status = 'ENDED' and ended_at >= ? and ended_at < ?",
                    alex,
                    Timestamp.from(monday.atStartOfDay(TORONTO).toInstant()),
                    Timestamp.from(monday.plusWeeks(1).atStartOfDay(TORONTO).toInstant()))));
    Anchor back = _get(mine, Anchor.class, spec -> spec.withId("tile-my-sessions-active"));
    assertThat(back.getHref()).isEqualTo("sessions/" + active);
    assertThat(back.getText()).isEqualTo("Back to your session with Casey");
    assertThat(items(mine))
        .singleElement()
        .asString()
        .startsWith("9:00 AM · Emma · Remote diagnosis");
    assertThat(mine.getLink().getHref()).isEqualTo("sessions");

    Tile rating = tile("tile-my-rating");
    assertThat(rating.getFigure())
        .isEqualTo("4.5")
        .isEqualTo(
            jdbc.queryForObject(
                "select to_char(round(avg(stars), 1), 'FM9.0') from reviews"
                    + " where mechanic_id = ? and hidden_at is null",
                String.class,
                alex));
    assertThat(rating.getNote()).isEqualTo("Out of 5, from 2 reviews.");
    assertThat(textOf(rating))
        .contains("“Patient and clear: he found the loose heat shield over chat in…”")
        .doesNotContain("Béa never");
    assertThat(rating.getLink().getHref()).isEqualTo("mechanics/" + alex);
  }

  @Test
  void whatHappensElsewhereMovesTheTilesWithoutAReload() {
    openAs(alexEmail);
    navigate("home");
    Tile jobs = tile("tile-my-jobs");
    Tile online = tile("tile-online");
    Tile mine = tile("tile-my-sessions");
    Tile rating = tile("tile-my-rating");
    assertThat(jobs.getFigure()).isEqualTo("0");
    assertThat(jobs.getNote())
        .isEqualTo("No job is yours today: jobs given to you show up here at once.");
    assertThat(online.getFigure()).isEqualTo("0");
    assertThat(rating.isVisible()).isTrue();
    assertThat(rating.getFigure()).isEmpty();

    // The owner gives Alex a walk-in on the shop's tablet; one for Béa changes nothing here.
    walkIn(owner, shopId, "Walter Walkin", alex);
    walkIn(owner, shopId, "Bianca Bea", shop.shop().bea());
    runPendingPushes();
    assertThat(jobs.getFigure()).isEqualTo("1");
    assertThat(items(jobs)).singleElement().asString().contains("Walter");

    // A customer asks for a live session: it waits at Alex's shop.
    String customer = BookingFixtures.customers(users, 1).getFirst();
    UUID asked = ask(consult, customer);
    runPendingPushes();
    assertThat(online.getFigure()).isEqualTo("1");

    // Alex takes it on his phone: the home offers the way back into it.
    doAs(alexEmail, () -> queue.claim(asked));
    runPendingPushes();
    assertThat(online.getFigure()).isEqualTo("0");
    assertThat(_get(mine, Anchor.class, spec -> spec.withId("tile-my-sessions-active")).getHref())
        .isEqualTo("sessions/" + asked);

    // The customer ends it and reviews it.
    doAs(customer, () -> live.end(asked));
    runPendingPushes();
    assertThat(_find(mine, Anchor.class, spec -> spec.withId("tile-my-sessions-active"))).isEmpty();
    assertThat(mine.getFigure()).isEqualTo("1");
    review(customer, asked, 5, "Quick and kind.");
    runPendingPushes();
    assertThat(rating.getFigure()).isEqualTo("5.0");
    assertThat(rating.getNote()).isEqualTo("Out of 5, from 1 review.");
    assertThat(textOf(rating)).contains("“Quick and kind.”");
  }

  @Test
  void theSwitchOnTheHomeTurnsTheMechanicOnlineThenOfflineAndTheTopBarFollows() {
    openAs(alexEmail);
    navigate("home");
    Tile online = tile("tile-online");
    Checkbox home = _get(online, Checkbox.class, spec -> spec.withId("home-online-switch"));
    Checkbox topBar = _get(Checkbox.class, spec -> spec.withId("online-switch"));
    assertThat(home.getValue()).isFalse();
    assertThat(online.getNote()).startsWith("You’re offline");

    _setValue(home, true);
    runPendingPushes();
    assertThat(onlineInSql()).isTrue();
    assertThat(topBar.getValue()).isTrue();
    assertThat(online.getNote()).startsWith("You’re online");

    _setValue(home, false);
    runPendingPushes();
    assertThat(onlineInSql()).isFalse();
    assertThat(topBar.getValue()).isFalse();
    assertThat(online.getNote()).startsWith("You’re offline");
  }

  @Test
  void theBoardReadsInFrench() {
    walkIn(owner, shopId, "Walter Walkin", alex);
    languages.choose(alex, I18n.FRENCH);
    openAs(alexEmail);
    navigate("home");

    String text = textOf(_get(Div.class, spec -> spec.withId("dashboard")));
    assertThat(text)
        .contains(
            "Séances en direct",
            "Vos travaux aujourd’hui",
            "1 sur 1 encore à terminer.",
            "Vos séances",
            "Votre note",
            "Aucun avis pour l’instant");
    assertThat(MISSING_KEY.matcher(text).find()).as(text).isFalse();
  }

  @Test
  void customersAndOwnersGetNoneOfTheMechanicsTiles() {
    openAs(consult.customerEmail());
    navigate("home");
    assertThat(_find(Tile.class, spec -> spec.withId("tile-my-jobs"))).isEmpty();
    assertThat(_find(Tile.class, spec -> spec.withId("tile-online"))).isEmpty();
    assertThat(_find(Tile.class, spec -> spec.withId("tile-my-rating"))).isEmpty();
  }

  private Tile tile(String id) {
    return _get(Tile.class, spec -> spec.withId(id));
  }

  private static List<String> items(Tile tile) {
    return _find(tile, ListItem.class).stream()
        .map(li -> li.getElement().getTextRecursively())
        .toList();
  }

  private boolean onlineInSql() {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select online from consult_mechanic_status where user_id = ?", Boolean.class, alex));
  }

  private long count(String sql, Object... args) {
    Long found = jdbc.queryForObject(sql, Long.class, args);
    return found == null ? 0 : found;
  }

  private UUID userId(String email) {
    return users.findByEmail(email).orElseThrow();
  }

  private void moveTo(LocalDateTime wall, ZoneId zone) {
    clock.advance(Duration.between(clock.instant(), wall.atZone(zone).toInstant()));
  }

  /** The owner opens a walk-in for {@code customer} and gives it to {@code mechanic}. */
  private void walkIn(String ownerEmail, UUID shop, String customer, UUID mechanic) {
    doAs(
        ownerEmail,
        () -> {
          UUID job =
              intake
                  .open(
                      shop,
                      new NewJob(
                          JobOrigin.WALK_IN,
                          customer,
                          customer.toLowerCase(java.util.Locale.ROOT).replace(' ', '.')
                              + "-"
                              + UUID.randomUUID().toString().substring(0, 6)
                              + "@example.test",
                          null,
                          "2016 Honda Civic",
                          "Brake noise",
                          "Squeals"))
                  .id();
          workflow.assign(job, mechanic);
        });
  }

  private UUID bookChat(String customerEmail, UUID mechanic, Instant start) {
    return as(
        customerEmail,
        () -> {
          var held = holds.hold(shopId, consult.chat(), mechanic, start);
          return holds
              .confirm(
                  held.id(),
                  new BookingDetails(
                      new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
                      "The battery light flickers",
                      "+1 514 555 0123"))
              .id();
        });
  }

  private UUID ask(ConsultFixtures at, String customerEmail) {
    return as(customerEmail, () -> live.request(at.request("It shakes at 100 km/h.")));
  }

  private UUID finished(UUID customer, LocalDateTime asked, UUID mechanic, String mechanicName) {
    Offering chat =
        menu.publicMenu(shopId).stream()
            .filter(o -> consult.chat().equals(o.id()))
            .findFirst()
            .orElseThrow();
    return sessions.finished(
        new ConsultProvisioning.Ask(
            shopId,
            membership.shopName(shopId),
            chat,
            customer,
            "Casey Customer",
            "2016 Honda Civic",
            "It shakes."),
        asked.atZone(TORONTO).toInstant(),
        SessionStatus.ENDED,
        EndReason.TIME_UP,
        mechanic,
        mechanicName,
        List.of("It shakes.", "Let’s look."));
  }

  private void review(String customerEmail, UUID session, int stars, String words) {
    doAs(
        customerEmail,
        () -> reviews.post(Visit.session(session), new ReviewDraft(stars, words, true)));
  }

  /** Runs {@code work} signed in as {@code email} on another thread: another person's screen. */
  private <T> T as(String email, Supplier<T> work) {
    try {
      return CompletableFuture.supplyAsync(
              () -> {
                SignIn.as(userDetails, email);
                try {
                  return work.get();
                } finally {
                  SecurityContextHolder.clearContext();
                }
              })
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private void doAs(String email, Runnable work) {
    as(
        email,
        () -> {
          work.run();
          return null;
        });
  }
}
