package com.otopair.crm.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.base.Granularity;
import com.otopair.base.StatRange;
import com.otopair.crm.Analytics;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.otopair.support.StatsFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The analytics pages: the tables show what the service reads, each downloads as the CSV it shows,
 * an owner sees only their own shop whatever the address says, a mangled address falls back to the
 * last 90 days, and the marketplace's page is for admins only.
 */
class AnalyticsViewTest extends KaribuTest {

  @Autowired Analytics analytics;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  StatsFixtures shop;
  LocalDate today;

  @BeforeEach
  void aShopWithTwoDaysOfBookings() {
    shop = StatsFixtures.create("America/Montreal", "CA", users, shops, membership, jdbc);
    today = LocalDate.now(clock.withZone(shop.zone));
    // 23:30 two days ago in Montreal: the next day in UTC, but that day here.
    var late = shop.at(LocalDateTime.of(today.minusDays(2), LocalTime.of(23, 30)));
    shop.booking(late, shop.alex, shop.oil, "COMPLETED", 10_000, false);
    shop.payment(late.plusSeconds(600), "CAPTURED", 10_000, 10_000, 0);
    shop.booking(
        shop.at(LocalDateTime.of(today.minusDays(1), LocalTime.of(10, 0))),
        shop.alex,
        shop.oil,
        "NO_SHOW",
        8000,
        false);
    shop.booking(
        shop.at(LocalDateTime.of(today.minusDays(1), LocalTime.of(14, 0))),
        shop.bea,
        shop.brakes,
        "CANCELLED",
        20_000,
        true);
  }

  private ShopAnalyticsView openShop(String location) {
    openAs(shop.ownerEmail);
    navigate(location);
    return _get(ShopAnalyticsView.class);
  }

  private String threeDays() {
    return "shop/analytics?from=" + today.minusDays(2) + "&to=" + today;
  }

  @Test
  void theOwnersTablesShowWhatTheServiceReadsInTheShopsZone() {
    ShopAnalyticsView view = openShop(threeDays());

    assertThat(view.board).isNotNull();
    var tables = view.board.tables;
    SignIn.as(userDetails, shop.ownerEmail);
    var report =
        analytics.report(
            shop.shopId,
            "CAD",
            new StatRange(today.minusDays(2), today, shop.zone, Granularity.DAY));
    assertThat(GridKt._findAll(tables.periods.grid)).isEqualTo(report.periods());
    assertThat(GridKt._findAll(tables.categories.grid)).isEqualTo(report.categories());
    assertThat(GridKt._findAll(tables.mechanics.grid)).isEqualTo(report.mechanics());
    assertThat(report.periods()).extracting(p -> p.counts().booked()).containsExactly(1L, 2L, 0L);
    assertThat(tables.shops).isNull();
    assertThat(GridKt._getFormattedRow(tables.periods.grid, 1)).contains("2", "50%", "100%");
    assertThat(view.board.shown.getText()).contains("Eastern Time").contains("CAD");
    assertThat(tables.bookingsChart.describe()).contains("Booked: ");
  }

  @Test
  void eachTableDownloadsAsTheCsvItShowsWithHeadersInThePagesLanguage() {
    ShopAnalyticsView view = openShop(threeDays());
    var periods = view.board.tables.periods;

    assertThat(periods.download.isDownload()).isTrue();
    assertThat(periods.download.getHref()).isNotBlank();
    byte[] file = periods.file();
    assertThat(new String(file, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFPeriod,Booked,Completed,Cancelled,Late cancellations,Cancellation rate,"
                + "No-shows,No-show rate,Payments,Revenue,Refunded,Currency\r\n"
                + today.minusDays(2)
                + ",1,1,0,0,0.0000,0,0.0000,1,100.00,0.00,CAD\r\n"
                + today.minusDays(1)
                + ",2,0,1,1,0.5000,1,1.0000,0,0.00,0.00,CAD\r\n"
                + today
                + ",0,0,0,0,0.0000,0,0.0000,0,0.00,0.00,CAD\r\n");
    assertThat(new String(view.board.tables.categories.file(), StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFCategory,Booked,Completed,Cancelled,Late cancellations,Cancellation rate,"
                + "No-shows,No-show rate,Value of completed,Currency\r\n"
                + "Oil and fluids,2,1,0,0,0.0000,1,0.5000,100.00,CAD\r\n"
                + "Brakes,1,0,1,1,1.0000,0,0.0000,0.00,CAD\r\n");
  }

  @Test
  void anOwnerAskingForAnotherShopsFiguresGetsTheirOwn() {
    var other = StatsFixtures.create("America/Vancouver", "CA", users, shops, membership, jdbc);
    other.booking(
        other.at(LocalDateTime.of(today.minusDays(1), LocalTime.of(9, 0))),
        other.alex,
        other.oil,
        "COMPLETED",
        99_900,
        false);

    ShopAnalyticsView view = openShop(threeDays() + "&shop=" + other.shopId);

    assertThat(view.shop).isNotNull();
    assertThat(view.shop.id()).isEqualTo(shop.shopId);
    assertThat(view.board.tables.periods.rows())
        .extracting(p -> p.counts().booked())
        .containsExactly(1L, 2L, 0L);
    assertThat(view.board.tables.periods.rows())
        .extracting(p -> p.counts().valueMinor())
        .doesNotContain(99_900L);
  }

  @Test
  void aMangledOrRefusedRangeInTheAddressFallsBackToTheLast90Days() {
    ShopAnalyticsView view = openShop("shop/analytics?from=garbage&to=2026-13-45&by=year");
    assertThat(currentView()).isEqualTo("ShopAnalyticsView");
    assertThat(view.board.tables.periods.rows()).hasSize(StatRange.DEFAULT_DAYS);
    assertThat(view.board.tables.periods.rows().getLast().period()).isEqualTo(today);
    assertThat(view.board.granularity.getValue()).isEqualTo(Granularity.DAY);

    view = openShop("shop/analytics?from=" + today + "&to=" + today.minusDays(5) + "&by=week");
    assertThat(view.board.from.isInvalid()).isTrue();
    assertThat(view.board.to.isInvalid()).isTrue();
    long weeks =
        ChronoUnit.WEEKS.between(
                Granularity.WEEK.start(today.minusDays(StatRange.DEFAULT_DAYS - 1)),
                Granularity.WEEK.start(today))
            + 1;
    assertThat(view.board.tables.periods.rows()).hasSize((int) weeks);

    view = openShop("shop/analytics?from=" + today.minusYears(3) + "&to=" + today);
    assertThat(view.board.from.isInvalid()).isTrue();
    assertThat(view.board.tables.periods.rows()).hasSize(StatRange.DEFAULT_DAYS);

    view = openShop("shop/analytics?from=9999-01-01&to=9999-02-01&by=month");
    assertThat(view.board.tables.periods.rows().getLast().period())
        .isEqualTo(today.withDayOfMonth(1));
  }

  @Test
  void theDateFieldsShowTheDefaultRangeAndChangedDatesRoundTripThroughTheAddress() {
    ShopAnalyticsView view = openShop("shop/analytics");
    assertThat(view.board.from.getValue()).isEqualTo(today.minusDays(StatRange.DEFAULT_DAYS - 1));
    assertThat(view.board.to.getValue()).isEqualTo(today);
    assertThat(view.board.from.isInvalid()).isFalse();
    assertThat(view.filterLocation()).isNotNull();
    assertThat(view.filterLocation().getPathWithQueryParameters()).isEqualTo("shop/analytics");

    _setValue(view.board.from, today.minusDays(2));
    assertThat(view.board.tables.periods.rows()).hasSize(3);
    String address = view.filterLocation().getPathWithQueryParameters();
    assertThat(address).isEqualTo(threeDays());

    view = openShop(address);
    assertThat(view.board.from.getValue()).isEqualTo(today.minusDays(2));
    assertThat(view.board.to.getValue()).isEqualTo(today);
    assertThat(view.board.tables.periods.rows()).hasSize(3);

    _setValue(view.board.granularity, Granularity.WEEK);
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .containsEntry("from", List.of(today.minusDays(2).toString()))
        .containsEntry("to", List.of(today.toString()))
        .containsEntry("by", List.of("week"));
  }

  @Test
  void aRefusedRangeIsMarkedOnTheFieldAtOnceWithASentence() {
    ShopAnalyticsView view = openShop(threeDays());

    _setValue(view.board.from, today.plusDays(1));
    assertThat(view.board.from.isInvalid()).isTrue();
    assertThat(view.board.from.getErrorMessage()).contains("start date is after the end date");
    assertThat(view.board.tables.periods.rows()).hasSize(StatRange.DEFAULT_DAYS);

    _setValue(view.board.from, today.minusYears(2).minusDays(1));
    assertThat(view.board.from.getErrorMessage()).contains("at most two years apart");
    assertThat(view.board.to.isInvalid()).isTrue();

    _setValue(view.board.from, today.minusYears(2));
    assertThat(view.board.from.isInvalid()).isFalse();
    assertThat(view.board.to.isInvalid()).isFalse();
    assertThat(view.board.tables.periods.rows().getFirst().period()).isEqualTo(today.minusYears(2));
  }

  @Test
  void aGarbledAddressIsMarkedOnItsFieldWhichShowsTheDefault() {
    ShopAnalyticsView view = openShop("shop/analytics?from=garbage&to=" + today + "&by=year");

    assertThat(view.board.from.isInvalid()).isTrue();
    assertThat(view.board.from.getErrorMessage()).contains("“garbage” isn’t a date");
    assertThat(view.board.from.getValue()).isEqualTo(today.minusDays(StatRange.DEFAULT_DAYS - 1));
    assertThat(view.board.to.isInvalid()).isFalse();
    assertThat(view.board.granularity.isInvalid()).isTrue();
    assertThat(view.board.granularity.getErrorMessage()).contains("“year” isn’t a grouping");

    _setValue(view.board.from, today.minusDays(2));
    assertThat(view.board.from.isInvalid()).isFalse();
    assertThat(view.board.granularity.isInvalid()).isFalse();
    assertThat(view.board.tables.periods.rows()).hasSize(3);
  }

  @Test
  void theMarketplacesPageIsForAdminsAndShowsOneCurrencyAtATime() {
    openAs(shop.ownerEmail);
    navigate("admin/analytics");
    assertThat(currentView()).isNotEqualTo("AdminAnalyticsView");

    openAs(DemoAccounts.ADMIN.email());
    navigate("admin/analytics?currency=USD&from=" + today.minusDays(2) + "&to=" + today);
    var view = _get(AdminAnalyticsView.class);
    assertThat(view.board.currency.getValue()).isEqualTo("USD");
    assertThat(view.board.shown.getText()).contains("UTC").contains("USD");
    assertThat(view.board.tables.shops).isNotNull();
    assertThat(view.board.tables.shops.rows()).noneMatch(s -> s.shopId().equals(shop.shopId));

    navigate("admin/analytics?currency=CAD&from=" + today.minusDays(2) + "&to=" + today);
    view = _get(AdminAnalyticsView.class);
    assertThat(view.board.tables.shops.rows()).anyMatch(s -> s.shopId().equals(shop.shopId));
    assertThat(view.filterLocation().getPathWithQueryParameters())
        .isEqualTo("admin/analytics?from=" + today.minusDays(2) + "&to=" + today);

    navigate("admin/analytics?currency=EUR");
    view = _get(AdminAnalyticsView.class);
    assertThat(view.board.currency.getValue()).isEqualTo("CAD");
    assertThat(view.board.currency.getErrorMessage()).contains("“EUR”");
  }
}
