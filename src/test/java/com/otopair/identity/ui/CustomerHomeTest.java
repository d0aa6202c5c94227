package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.ui.Tile;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * A customer's home: their upcoming bookings (the next three, times in the shop's zone with the
 * zone named), their live sessions going on now, their vehicles; every figure as SQL counts it for
 * the test's own customer, nobody else's shown, and a booking or a session made elsewhere moving
 * the tiles without a reload.
 */
class CustomerHomeTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired ServiceMenu menu;
  @Autowired BookingProvisioning provisioning;
  @Autowired BookingHolds holds;
  @Autowired BookingChanges changes;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired AccountLanguages languages;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures shop;
  ConsultFixtures consult;
  UUID shopId;
  String emma;
  UUID emmaId;
  LocalDate monday;

  @BeforeEach
  void emmasShop() {
    shop = BookingFixtures.create(users, shops, membership, schedules);
    consult = ConsultFixtures.at(shop.shop(), users, shops, membership);
    shopId = shop.shop().shopId();
    emma = consult.customerEmail();
    emmaId = consult.customerId();
    monday = TestDays.nextMonday(clock, TORONTO);
  }

  @Test
  void eachTileShowsTheCustomersOwnBookingsSessionsAndVehiclesAsSqlCountsThem() {
    // Six Monday oil changes, each with its car: the first will be over, the fourth cancelled.
    List<UUID> booked = new ArrayList<>();
    for (int week = 0; week < 6; week++) {
      booked.add(
          book(
              emmaId,
              monday.plusWeeks(week),
              new VehicleDetails(null, 2010 + week, "Toyota", "Corolla", null, "ABC 10" + week)));
      clock.advance(Duration.ofSeconds(1));
    }
    String other = BookingFixtures.customers(users, 1).getFirst();
    book(
        userId(other),
        monday.plusWeeks(1),
        new VehicleDetails(null, 2020, "Honda", "Fit", null, "ZZZ 999"));
    doAs(emma, () -> changes.cancel(booked.get(3), "Plans changed"));
    Instant firstEnds =
        jdbc.queryForObject(
                "select ends_at from bookings where id = ?", Timestamp.class, booked.get(0))
            .toInstant();
    clock.advance(Duration.between(clock.instant(), firstEnds.plusSeconds(60)));
    UUID waiting = ask(emma);
    ask(other);

    openAs(emma);
    navigate("home");

    assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText())
        .isEqualTo("Hello, Emma");
    assertThat(
            _get(Div.class, spec -> spec.withId("dashboard"))
                .getChildren()
                .map(c -> c.getId().orElse(""))
                .filter(id -> id.startsWith("tile-"))
                .toList())
        .containsSubsequence("tile-upcoming-bookings", "tile-active-sessions", "tile-vehicles");

    Tile upcoming = tile("tile-upcoming-bookings");
    assertThat(upcoming.getFigure())
        .isEqualTo("4")
        .isEqualTo(
            String.valueOf(
                count(
                    "select count(*) from bookings where customer_id = ?"
                        + " and status = 'CONFIRMED' and ends_at > ?",
                    emmaId,
                    Timestamp.from(clock.instant()))));
    List<Anchor> next =
        _find(upcoming, Anchor.class).stream()
            .filter(a -> a.getHref().startsWith("bookings/"))
            .toList();
    assertThat(next)
        .extracting(Anchor::getHref)
        .containsExactly(
            "bookings/" + booked.get(1), "bookings/" + booked.get(2), "bookings/" + booked.get(4));
    Instant second = start(booked.get(1));
    assertThat(items(upcoming).getFirst())
        .isEqualTo(
            "Oil change at "
                + membership.shopName(shopId)
                + Formats.of(I18n.ENGLISH).when(second, TORONTO));
    assertThat(items(upcoming).getFirst()).endsWith("(Eastern Time)");
    assertThat(upcoming.getNote()).startsWith("And 1 more after these");
    assertThat(upcoming.getLink().getHref()).isEqualTo("bookings");

    Tile sessions = tile("tile-active-sessions");
    assertThat(sessions.getFigure())
        .isEqualTo("1")
        .isEqualTo(
            String.valueOf(
                count(
                    "select count(*) from consult_sessions where customer_id = ?"
                        + " and status in ('WAITING', 'ACTIVE')",
                    emmaId)));
    assertThat(
            _get(
                    sessions,
                    Anchor.class,
                    spec -> spec.withText("Remote diagnosis at " + membership.shopName(shopId)))
                .getHref())
        .isEqualTo("sessions/" + waiting);
    assertThat(items(sessions)).singleElement().asString().contains("Waiting for a mechanic");
    assertThat(sessions.getLink().getHref()).isEqualTo("my-sessions");

    Tile vehicles = tile("tile-vehicles");
    assertThat(vehicles.getFigure())
        .isEqualTo("6")
        .isEqualTo(
            String.valueOf(count("select count(*) from vehicles where customer_id = ?", emmaId)));
    assertThat(items(vehicles))
        .hasSize(6)
        .contains("2015 Toyota Corolla · ABC 105", "2011 Toyota Corolla · ABC 101", "And 1 more")
        .noneMatch(item -> item.contains("Honda"));
    assertThat(vehicles.getLink().getHref()).isEqualTo("bookings");
  }

  @Test
  void aBookingOrASessionMadeElsewhereMovesTheTilesWithoutAReload() {
    openAs(emma);
    navigate("home");
    Tile upcoming = tile("tile-upcoming-bookings");
    Tile sessions = tile("tile-active-sessions");
    Tile vehicles = tile("tile-vehicles");
    assertThat(upcoming.getFigure()).isEqualTo("0");
    assertThat(upcoming.getLink().getText()).isEqualTo("Find a mechanic");
    assertThat(upcoming.getLink().getHref()).isEqualTo("find");
    assertThat(sessions.getLink().getText()).isEqualTo("Talk to a mechanic now");
    assertThat(sessions.getLink().getHref()).isEqualTo("talk");
    assertThat(vehicles.getNote())
        .isEqualTo("Your vehicles are saved here when you book a visit for them.");

    // Emma books on her phone; someone else's booking at the same shop changes nothing here.
    Instant nine = monday.atTime(9, 0).atZone(TORONTO).toInstant();
    UUID booking = holdAndConfirm(emma, shop.shop().alex(), nine, "ABC 123");
    holdAndConfirm(
        BookingFixtures.customers(users, 1).getFirst(),
        shop.shop().bea(),
        nine.plus(Duration.ofHours(1)),
        "XYZ 789");
    runPendingPushes();
    assertThat(upcoming.getFigure()).isEqualTo("1");
    assertThat(
            _get(
                    upcoming,
                    Anchor.class,
                    spec -> spec.withText("Oil change at " + membership.shopName(shopId)))
                .getHref())
        .isEqualTo("bookings/" + booking);
    assertThat(upcoming.getLink().getHref()).isEqualTo("bookings");
    assertThat(vehicles.getFigure()).isEqualTo("1");
    assertThat(items(vehicles)).containsExactly("2019 Toyota Corolla · ABC 123");

    // She asks for a live session in another tab; Alex takes it; she ends it.
    UUID asked = ask(emma);
    runPendingPushes();
    assertThat(sessions.getFigure()).isEqualTo("1");
    assertThat(sessions.getLink().getHref()).isEqualTo("my-sessions");
    doAs(shop.shop().alexEmail(), () -> queue.claim(asked));
    runPendingPushes();
    assertThat(items(sessions)).singleElement().asString().contains("With Alex Martin");
    doAs(emma, () -> live.end(asked));
    runPendingPushes();
    assertThat(sessions.getFigure()).isEqualTo("0");
    assertThat(sessions.getLink().getHref()).isEqualTo("talk");

    // She cancels the booking from its manage link's page on her laptop.
    doAs(emma, () -> changes.cancel(booking, "Plans changed"));
    runPendingPushes();
    assertThat(upcoming.getFigure()).isEqualTo("0");
    assertThat(upcoming.getLink().getHref()).isEqualTo("find");
    assertThat(vehicles.getFigure()).isEqualTo("1");
  }

  @Test
  void theBoardReadsInFrench() {
    book(emmaId, monday, new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "ABC 123"));
    languages.choose(emmaId, I18n.FRENCH);
    openAs(emma);
    navigate("home");

    String text = textOf(_get(Div.class, spec -> spec.withId("dashboard")));
    assertThat(text)
        .contains(
            "Réservations à venir",
            "Oil change chez",
            "(heure de l’Est)",
            "Séances en direct",
            "Parler à un mécanicien maintenant",
            "Vos véhicules",
            "2019 Toyota Corolla · ABC 123");
    assertThat(MISSING_KEY.matcher(text).find()).as(text).isFalse();
  }

  @Test
  void mechanicsGetNoneOfTheCustomersTiles() {
    openAs(shop.shop().alexEmail());
    navigate("home");
    assertThat(_find(Tile.class, spec -> spec.withId("tile-upcoming-bookings"))).isEmpty();
    assertThat(_find(Tile.class, spec -> spec.withId("tile-active-sessions"))).isEmpty();
    assertThat(_find(Tile.class, spec -> spec.withId("tile-vehicles"))).isEmpty();
  }

  private Tile tile(String id) {
    return _get(Tile.class, spec -> spec.withId(id));
  }

  private static List<String> items(Tile tile) {
    return _find(tile, ListItem.class).stream()
        .map(li -> li.getElement().getTextRecursively())
        .toList();
  }

  private long count(String sql, Object... args) {
    Long found = jdbc.queryForObject(sql, Long.class, args);
    return found == null ? 0 : found;
  }

  private UUID userId(String email) {
    return users.findByEmail(email).orElseThrow();
  }

  private Instant start(UUID booking) {
    return jdbc.queryForObject(
            "select starts_at from bookings where id = ?", Timestamp.class, booking)
        .toInstant();
  }

  /** A confirmed oil change on {@code day}, made by Otopair itself (no events). */
  private UUID book(UUID customer, LocalDate day, VehicleDetails vehicle) {
    int oilChange =
        menu.publicMenu(shopId).stream().map(Offering::id).toList().indexOf(shop.oilChange());
    return provisioning
        .book(customer, shopId, oilChange, day, vehicle, "Oil light on")
        .orElseThrow();
  }

  /** The customer holds and confirms an oil change on their own screen. */
  private UUID holdAndConfirm(String customer, UUID mechanic, Instant start, String plate) {
    return as(
        customer,
        () -> {
          var held = holds.hold(shopId, shop.oilChange(), mechanic, start);
          return holds
              .confirm(
                  held.id(),
                  new BookingDetails(
                      new VehicleDetails(null, 2019, "Toyota", "Corolla", null, plate),
                      "Oil light on",
                      "+1 514 555 0123"))
              .id();
        });
  }

  private UUID ask(String customerEmail) {
    return as(customerEmail, () -> live.request(consult.request("It shakes at 100 km/h.")));
  }

  /** Runs {@code work} signed in as {@code email} on another thread: another screen. */
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
