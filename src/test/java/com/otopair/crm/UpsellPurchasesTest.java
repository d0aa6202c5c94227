package com.otopair.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingConfirmed;
import com.otopair.consult.EndReason;
import com.otopair.consult.SessionRequested;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An offer is bought by a booking (or, for a premium session, a session) the customer makes at its
 * shop within 14 days after clicking it: not before the click, not later, not elsewhere; and the
 * listener decides it once however often and however concurrently it runs.
 */
class UpsellPurchasesTest extends IntegrationTest {

  @Autowired private ApplicationContext beans;
  @Autowired private Upsells upsells;
  @Autowired private UpsellPurchases purchases;
  @Autowired private UserDetailsService userDetails;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private TransactionTemplate transactions;

  private UpsellFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new UpsellFixtures(beans);
  }

  /** A customer with one line left for later at a Montreal shop, its offer shown to them. */
  private record Offered(UpsellFixtures.Shop shop, UUID customer, UUID car, UUID oil, UUID offer) {}

  private Offered offered() {
    var shop = fixtures.montreal();
    UUID oil = fixtures.service(shop, OfferingCategory.OIL, 8000);
    String email = fixtures.customer();
    UUID me = fixtures.userId(email);
    // A new car: no maintenance due yet, so the line is the only recommendation.
    UUID car = fixtures.vehicle(me, clock.instant().atZone(java.time.ZoneOffset.UTC).getYear());
    Instant past = clock.instant().minus(Duration.ofDays(20));
    UUID visit = fixtures.booking(shop, me, oil, car, "COMPLETED", past, past);
    fixtures.line(fixtures.job(shop, me, visit, "COMPLETED"), 1, "Wiper blades", "DECLINED");
    SignIn.as(userDetails, email);
    List<UpsellOffer> shown = upsells.showOnHome(Upsells.ON_HOME);
    assertThat(shown).hasSize(1);
    return new Offered(shop, me, car, oil, shown.getFirst().id());
  }

  private UUID bookedAt(Offered o, UpsellFixtures.Shop shop, UUID service, Instant confirmed) {
    return fixtures.booking(
        shop,
        o.customer(),
        service,
        o.car(),
        "CONFIRMED",
        confirmed.plus(Duration.ofDays(2)),
        confirmed);
  }

  /** The listener run on its own object: the bean's proxy would run it later, on another thread. */
  private void confirmed(Offered o, UUID booking, UpsellFixtures.Shop shop) {
    ListenerRuns.target(purchases)
        .on(
            new BookingConfirmed(
                booking, shop.id(), shop.mechanic(), o.customer(), clock.instant(), null));
  }

  private Map<String, Object> offer(UUID id) {
    return jdbc.queryForMap(
        "select state, bought_with, bought_at, clicked_at from upsell_offers where id = ?", id);
  }

  @Test
  void aBookingAtTheShopWithin14DaysAfterTheClickBuysTheOffer() {
    Offered o = offered();
    upsells.click(o.offer());
    Instant clicked = ((Timestamp) offer(o.offer()).get("clicked_at")).toInstant();
    UUID booking = bookedAt(o, o.shop(), o.oil(), clicked.plus(Duration.ofDays(14)));

    confirmed(o, booking, o.shop());

    Map<String, Object> row = offer(o.offer());
    assertThat(row.get("state")).isEqualTo("BOUGHT");
    assertThat(row.get("bought_with")).isEqualTo(booking);
    assertThat(((Timestamp) row.get("bought_at")).toInstant())
        .isEqualTo(clicked.plus(Duration.ofDays(14)));
    // Bought offers are done: they show no more.
    assertThat(upsells.showOnHome(Upsells.ON_HOME)).isEmpty();
  }

  @Test
  void aBookingBeforeTheClickOrMoreThan14DaysAfterOrElsewhereBuysNothing() {
    Offered o = offered();
    UUID before = bookedAt(o, o.shop(), o.oil(), clock.instant().minus(Duration.ofMinutes(5)));
    upsells.click(o.offer());
    Instant clicked = ((Timestamp) offer(o.offer()).get("clicked_at")).toInstant();
    confirmed(o, before, o.shop());
    assertThat(offer(o.offer()).get("state")).isEqualTo("CLICKED");

    UUID late = bookedAt(o, o.shop(), o.oil(), clicked.plus(Duration.ofDays(14)).plusSeconds(1));
    confirmed(o, late, o.shop());
    assertThat(offer(o.offer()).get("state")).isEqualTo("CLICKED");

    var elsewhere = fixtures.montreal();
    UUID theirOil = fixtures.service(elsewhere, OfferingCategory.OIL, 8000);
    UUID other = bookedAt(o, elsewhere, theirOil, clicked.plus(Duration.ofDays(1)));
    confirmed(o, other, elsewhere);
    assertThat(offer(o.offer()).get("state")).isEqualTo("CLICKED");
  }

  @Test
  void anOfferShownButNotClickedIsNotBought() {
    Offered o = offered();
    UUID booking = bookedAt(o, o.shop(), o.oil(), clock.instant().plus(Duration.ofDays(1)));
    confirmed(o, booking, o.shop());
    assertThat(offer(o.offer()).get("state")).isEqualTo("SHOWN");
  }

  @Test
  void theListenerRunTwiceAndConcurrentlyBuysOneOfferOnce() throws Exception {
    Offered o = offered();
    upsells.click(o.offer());
    Instant clicked = ((Timestamp) offer(o.offer()).get("clicked_at")).toInstant();
    UUID booking = bookedAt(o, o.shop(), o.oil(), clicked.plus(Duration.ofDays(1)));
    UpsellPurchases listener = ListenerRuns.target(purchases);
    SecurityContextHolder.clearContext();

    ListenerRuns.twiceInARowAndTwiceAtOnce(
        transactions,
        () ->
            listener.on(
                new BookingConfirmed(
                    booking, o.shop().id(), o.shop().mechanic(), o.customer(), clicked, null)));

    assertThat(
            jdbc.queryForObject(
                "select count(*) from upsell_offers where bought_with = ? and state = 'BOUGHT'",
                Integer.class,
                booking))
        .isOne();
    assertThat(offer(o.offer()).get("state")).isEqualTo("BOUGHT");
    // A second booking does not buy a bought offer again.
    UUID second = bookedAt(o, o.shop(), o.oil(), clicked.plus(Duration.ofDays(2)));
    listener.on(
        new BookingConfirmed(
            second, o.shop().id(), o.shop().mechanic(), o.customer(), clicked, null));
    assertThat(offer(o.offer()).get("bought_with")).isEqualTo(booking);
  }

  @Test
  void aSessionAskedAfterAPremiumOfferIsClickedBuysIt() throws Exception {
    var shop = fixtures.montreal();
    UUID chat =
        fixtures.service(shop, "Chat", OfferingCategory.OTHER, OfferingMode.REMOTE_CHAT, 20, 1900);
    fixtures.service(
        shop, "Video call", OfferingCategory.DIAGNOSTICS, OfferingMode.REMOTE_VIDEO, 30, 3500);
    String email = fixtures.customer();
    UUID me = fixtures.userId(email);
    fixtures.session(shop, me, chat, clock.instant().minus(Duration.ofDays(2)), EndReason.TIME_UP);
    SignIn.as(userDetails, email);
    UpsellOffer premium = upsells.showOnHome(Upsells.ON_HOME).getFirst();
    assertThat(premium.upsell().kind()).isEqualTo(UpsellKind.PREMIUM_SESSION);
    upsells.click(premium.id());
    UUID next =
        fixtures.session(
            shop, me, chat, clock.instant().plus(Duration.ofMinutes(5)), EndReason.MECHANIC);
    UpsellPurchases listener = ListenerRuns.target(purchases);

    ListenerRuns.twiceInARowAndTwiceAtOnce(
        transactions, () -> listener.on(new SessionRequested(next, shop.id(), me)));

    assertThat(offer(premium.id()).get("state")).isEqualTo("BOUGHT");
    assertThat(offer(premium.id()).get("bought_with")).isEqualTo(next);
  }
}
