package com.otopair.crm.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.NotFoundException;
import com.otopair.base.ui.Tile;
import com.otopair.crm.UpsellFixtures;
import com.otopair.crm.Upsells;
import com.otopair.shops.OfferingCategory;
import com.otopair.support.KaribuTest;
import com.otopair.support.PageTexts;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The customer's recommendation cards: on the home's "Recommended for you" tile and on the booking
 * page, one sentence, one call to action (recorded as a click, then the booking page) and "Not
 * now"; shown once whatever the reloads, live across tabs, and never another customer's.
 */
class UpsellCardsTest extends KaribuTest {

  @Autowired private ApplicationContext beans;
  @Autowired private Upsells upsells;
  @Autowired private UserDetailsService userDetails;
  @Autowired private JdbcTemplate jdbc;

  private UpsellFixtures fixtures;
  private UpsellFixtures.Shop shop;
  private UUID oil;

  @BeforeEach
  void aShop() {
    fixtures = new UpsellFixtures(beans);
    shop = fixtures.montreal();
    oil = fixtures.service(shop, OfferingCategory.OIL, 8000);
  }

  /** A customer (a new car, nothing due) with {@code lines} left for later on a past visit. */
  private String customerWithLines(String... lines) {
    String email = fixtures.customer();
    UUID me = fixtures.userId(email);
    UUID car = fixtures.vehicle(me, clock.instant().atZone(java.time.ZoneOffset.UTC).getYear());
    Instant past = clock.instant().minus(Duration.ofDays(20));
    UUID job =
        fixtures.job(
            shop, me, fixtures.booking(shop, me, oil, car, "COMPLETED", past, past), "COMPLETED");
    for (int i = 0; i < lines.length; i++) {
      fixtures.line(job, i + 1, lines[i], "DECLINED");
    }
    return email;
  }

  private static Tile tile() {
    return _get(Tile.class, spec -> spec.withId("tile-upsells"));
  }

  private static List<UpsellCard> cards() {
    return _find(UpsellCard.class);
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  private int shownOffers(String email) {
    return count(
        "select count(*) from upsell_offers where customer_id = ? and state = 'SHOWN'",
        fixtures.userId(email));
  }

  @Test
  void theHomeTileShowsTheRecommendationsAndRecordsThemShownOnceAcrossReloads() {
    String email = customerWithLines("Wiper blades", "Floor mats");
    openAs(email);
    navigate("home");

    assertThat(cards()).hasSize(shownOffers(email)).hasSize(2);
    assertThat(PageTexts.textOf(tile()))
        .contains("Recommended for you")
        .contains("You left “Wiper blades” for later on your 2019 Toyota Corolla’s estimate at")
        .contains("Book it at " + shop.name())
        .contains("Not now");

    UI.getCurrent().getPage().reload();
    navigate("home");
    UI.getCurrent().getPage().reload();
    navigate("home");

    assertThat(cards()).hasSize(2);
    assertThat(
            count(
                "select count(*) from upsell_offers where customer_id = ?", fixtures.userId(email)))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from crm_interactions where kind = 'UPSELL_SHOWN'"
                    + " and customer_id = ?",
                fixtures.userId(email)))
        .isEqualTo(2);
  }

  @Test
  void notNowRemovesTheCardHereAndInAnotherTabAtOnce() {
    String email = customerWithLines("Wiper blades", "Floor mats");
    openAs(email);
    navigate("home");
    UpsellCard wipers = cards().getFirst();
    String wipersOffer = wipers.getElement().getAttribute("data-offer");

    _click(wipers.dismiss);

    assertThat(cards()).hasSize(1);
    assertThat(cards().getFirst().getElement().getAttribute("data-offer"))
        .isNotEqualTo(wipersOffer);
    assertThat(
            jdbc.queryForObject(
                "select state from upsell_offers where id = ?::uuid", String.class, wipersOffer))
        .isEqualTo("DISMISSED");

    // The other card is dismissed in another tab: this one follows without a reload.
    UUID mats = UUID.fromString(cards().getFirst().getElement().getAttribute("data-offer"));
    upsells.dismiss(mats);
    runPendingPushes();

    assertThat(cards()).isEmpty();
    assertThat(tile().getNote()).startsWith("Nothing is due.");
    assertThat(tile().getLink().getHref()).isEqualTo("find");
    assertThat(shownOffers(email)).isZero();
  }

  @Test
  void aClickRecordsClickedAndOpensTheBookingPageOfTheService() {
    String email = customerWithLines("Wiper blades");
    openAs(email);
    navigate("home");
    UpsellCard card = cards().getFirst();
    UUID offer = UUID.fromString(card.getElement().getAttribute("data-offer"));

    _click(card.action);

    assertThat(currentView()).isEqualTo("BookView");
    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
        .isEqualTo("book/" + shop.slug() + "?service=" + oil);
    assertThat(
            jdbc.queryForObject(
                "select state from upsell_offers where id = ?", String.class, offer))
        .isEqualTo("CLICKED");
    assertThat(
            count(
                "select count(*) from crm_interactions where kind = 'UPSELL_CLICKED'"
                    + " and subject_id = ? and entry_point = 'UPSELL'",
                offer))
        .isOne();
  }

  @Test
  void anotherCustomersOffersNeverShowAndTheirOfferIdIsNotFound() {
    String emma = customerWithLines("Wiper blades");
    openAs(emma);
    navigate("home");
    UUID emmasOffer = UUID.fromString(cards().getFirst().getElement().getAttribute("data-offer"));

    String other = fixtures.customer();
    openAs(other);
    navigate("home");

    assertThat(cards()).isEmpty();
    assertThat(tile().getNote()).startsWith("Nothing is due.");
    SignIn.as(userDetails, other);
    assertThatThrownBy(() -> upsells.click(emmasOffer)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> upsells.dismiss(emmasOffer)).isInstanceOf(NotFoundException.class);
    assertThat(
            jdbc.queryForObject(
                "select state from upsell_offers where id = ?", String.class, emmasOffer))
        .isEqualTo("SHOWN");
  }

  @Test
  void theBookingPageShowsOneRecommendationForItsVehicleAndNotNowRemovesIt() {
    fixtures.service(shop, OfferingCategory.BRAKES, 12000);
    String email = fixtures.customer();
    UUID me = fixtures.userId(email);
    UUID car = fixtures.vehicle(me, 2019);
    UUID booking =
        fixtures.booking(
            shop,
            me,
            oil,
            car,
            "CONFIRMED",
            clock.instant().plus(Duration.ofDays(9)),
            clock.instant());
    openAs(email);
    navigate("bookings/" + booking);

    Div panel = _get(Div.class, spec -> spec.withId("booking-upsell"));
    assertThat(_find(panel, UpsellCard.class)).hasSize(1);
    UpsellCard card = _get(panel, UpsellCard.class);
    assertThat(card.getElement().getAttribute("data-kind")).isEqualTo("MAINTENANCE");
    assertThat(card.text.getText())
        .isEqualTo("Your 2019 Toyota Corolla is due for its yearly brakes inspection.");
    assertThat(
            count(
                "select count(*) from upsell_offers where customer_id = ? and vehicle_id = ?",
                me,
                car))
        .isOne();

    _click(card.dismiss);

    assertThat(_find(Div.class, spec -> spec.withId("booking-upsell"))).isEmpty();
    navigate("bookings/" + booking);
    assertThat(_find(Div.class, spec -> spec.withId("booking-upsell"))).isEmpty();
  }
}
