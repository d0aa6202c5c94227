package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Granularity;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.base.StatRange;
import com.otopair.booking.BookingStats.Counts;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.StatsFixtures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Bookings counted for the analytics pages: by the day of the appointment in the shop's zone
 * (across the night clocks fall back), by category, and the marketplace's top shops in one
 * currency; only the shop's owner and admins read them.
 */
class BookingStatsTest extends IntegrationTest {

  private static final LocalDate OCT_30 = LocalDate.of(2026, 10, 30);
  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

  @Autowired BookingStats stats;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  StatsFixtures montreal;

  @BeforeEach
  void aMontrealShopAroundTheNightClocksFallBack() {
    montreal = StatsFixtures.create("America/Montreal", "CA", users, shops, membership, jdbc);
    // 23:30 on Oct 31 in Montreal is Nov 1 in UTC: it counts on Oct 31.
    montreal.booking(
        montreal.at(LocalDateTime.of(2026, 10, 31, 23, 30)),
        montreal.alex,
        montreal.oil,
        "COMPLETED",
        10_000,
        false);
    // Clocks fall back at 02:00 on Nov 1: 01:30 happens twice; the second one is 06:30 UTC.
    montreal.booking(
        java.time.Instant.parse("2026-11-01T06:30:00Z"),
        montreal.alex,
        montreal.oil,
        "NO_SHOW",
        8000,
        false);
    montreal.booking(
        montreal.at(LocalDateTime.of(2026, 11, 1, 23, 30)),
        montreal.bea,
        montreal.brakes,
        "CANCELLED",
        20_000,
        true);
    montreal.booking(
        montreal.at(LocalDateTime.of(2026, 11, 2, 9, 0)),
        montreal.bea,
        montreal.brakes,
        "CONFIRMED",
        20_000,
        false);
    // 23:30 on Nov 2 in Montreal is already Nov 3 in UTC: still Nov 2 here.
    montreal.booking(
        montreal.at(LocalDateTime.of(2026, 11, 2, 23, 30)),
        montreal.alex,
        montreal.brakes,
        "COMPLETED",
        5000,
        false);
    // Not counted: before the range (though Oct 30 in UTC), a hold, an expired hold, a reschedule.
    montreal.booking(
        montreal.at(LocalDateTime.of(2026, 10, 29, 23, 30)),
        montreal.alex,
        montreal.oil,
        "COMPLETED",
        8000,
        false);
    montreal.booking(
        montreal.at(LocalDateTime.of(2026, 11, 1, 14, 0)),
        montreal.alex,
        montreal.oil,
        "HELD",
        8000,
        false);
    montreal.booking(
        montreal.at(LocalDateTime.of(2026, 11, 1, 15, 0)),
        montreal.alex,
        montreal.oil,
        "EXPIRED",
        8000,
        false);
    montreal.booking(
        montreal.at(LocalDateTime.of(2026, 11, 1, 16, 0)),
        montreal.alex,
        montreal.oil,
        "RESCHEDULED",
        8000,
        false);
  }

  private StatRange days(ZoneId zone) {
    return new StatRange(OCT_30, NOV_2, zone, Granularity.DAY);
  }

  @Test
  void aShopsBookingsCountOnTheirDayInTheShopsZoneAcrossTheNightClocksFallBack() {
    SignIn.as(userDetails, montreal.ownerEmail);

    var periods = stats.byPeriod(montreal.shopId, "CAD", days(montreal.zone));

    assertThat(periods)
        .extracting(BookingStats.Period::period)
        .containsExactly(OCT_30, OCT_30.plusDays(1), NOV_1, NOV_2);
    assertThat(periods)
        .extracting(BookingStats.Period::counts)
        .containsExactly(
            Counts.NONE,
            new Counts(1, 1, 0, 0, 0, 10_000),
            new Counts(2, 0, 1, 1, 1, 0),
            new Counts(2, 1, 0, 0, 0, 5000));
  }

  @Test
  void weeksStartOnMondayAndMonthsOnTheFirst() {
    SignIn.as(userDetails, montreal.ownerEmail);

    var weeks =
        stats.byPeriod(
            montreal.shopId, "CAD", days(montreal.zone).withGranularity(Granularity.WEEK));
    var months =
        stats.byPeriod(
            montreal.shopId, "CAD", days(montreal.zone).withGranularity(Granularity.MONTH));

    assertThat(weeks)
        .extracting(BookingStats.Period::period)
        .containsExactly(LocalDate.of(2026, 10, 26), NOV_2);
    assertThat(weeks.get(0).counts()).isEqualTo(new Counts(3, 1, 1, 1, 1, 10_000));
    assertThat(weeks.get(1).counts()).isEqualTo(new Counts(2, 1, 0, 0, 0, 5000));
    assertThat(months)
        .extracting(BookingStats.Period::period)
        .containsExactly(LocalDate.of(2026, 10, 1), NOV_1);
    assertThat(months.get(0).counts()).isEqualTo(new Counts(1, 1, 0, 0, 0, 10_000));
    assertThat(months.get(1).counts()).isEqualTo(new Counts(4, 1, 1, 1, 1, 5000));
  }

  @Test
  void theSameBookingsReadInUtcFallOnOtherDays() {
    SignIn.as(userDetails, montreal.ownerEmail);

    var periods = stats.byPeriod(montreal.shopId, "CAD", days(ZoneOffset.UTC));

    // Oct 29 23:30 Montreal is Oct 30 UTC; Oct 31 23:30 is Nov 1; Nov 1 23:30 is Nov 2; Nov 2
    // 23:30 is Nov 3 (out).
    assertThat(periods).extracting(p -> p.counts().booked()).containsExactly(1L, 0L, 2L, 2L);
  }

  @Test
  void categoriesCountTheirBookingsAndTheValueOfTheCompletedOnes() {
    SignIn.as(userDetails, montreal.ownerEmail);

    assertThat(stats.byCategory(montreal.shopId, "CAD", days(montreal.zone)))
        .containsExactly(
            new BookingStats.Category(OfferingCategory.BRAKES, new Counts(3, 1, 1, 1, 0, 5000)),
            new BookingStats.Category(OfferingCategory.OIL, new Counts(2, 1, 0, 0, 1, 10_000)));
  }

  @Test
  void anotherCurrencyCountsNothing() {
    SignIn.as(userDetails, montreal.ownerEmail);

    assertThat(stats.byPeriod(montreal.shopId, "USD", days(montreal.zone)))
        .extracting(BookingStats.Period::counts)
        .containsOnly(Counts.NONE);
  }

  @Test
  void theMarketplacesTopShopsAreCountedInUtcForAdmins() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());

    var top = stats.topShops("CAD", days(ZoneOffset.UTC), 100);

    assertThat(top)
        .filteredOn(s -> s.shopId().equals(montreal.shopId))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.shopName()).startsWith("Stats Garage");
              assertThat(s.counts()).isEqualTo(new Counts(5, 2, 1, 1, 1, 18_000));
            });
  }

  @Test
  void anotherOwnerGetsNotFoundAndOnlyAdminsReadTheMarketplace() {
    var other = StatsFixtures.create("America/Vancouver", "CA", users, shops, membership, jdbc);
    SignIn.as(userDetails, other.ownerEmail);

    assertThatThrownBy(() -> stats.byPeriod(montreal.shopId, "CAD", days(montreal.zone)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> stats.byCategory(montreal.shopId, "CAD", days(montreal.zone)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> stats.byPeriod(null, "CAD", days(ZoneOffset.UTC)))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> stats.topShops("CAD", days(ZoneOffset.UTC), 20))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void aReversedOrTooLongRangeIsRefusedBeforeAnyQuery() {
    assertThatThrownBy(() -> new StatRange(NOV_2, OCT_30, ZoneOffset.UTC, Granularity.DAY))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () ->
                new StatRange(
                    OCT_30, OCT_30.plusYears(2).plusDays(2), ZoneOffset.UTC, Granularity.DAY))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(new StatRange(OCT_30, OCT_30.plusYears(2), ZoneOffset.UTC, Granularity.DAY).to())
        .isEqualTo(OCT_30.plusYears(2));
  }
}
