package com.otopair.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Granularity;
import com.otopair.base.NotFoundException;
import com.otopair.base.StatRange;
import com.otopair.crm.Analytics.MechanicRow;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobStats;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.StatsFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Mechanics' performance as the analytics pages show it: jobs completed in the range (by the
 * history's completion, in the shop's zone), booked hours, approved work, on-time starts, rating
 * and live-session response time, read from the jobs, reviews and consult modules' stats.
 */
class AnalyticsTest extends IntegrationTest {

  @Autowired Analytics analytics;
  @Autowired JobStats jobs;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  StatsFixtures shop;

  /** Nov 1 to 7, 2026 in Montreal: the week clocks fall back. */
  private StatRange week() {
    return new StatRange(
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7), shop.zone, Granularity.DAY);
  }

  private Instant at(int day, int hour, int minute) {
    return shop.at(LocalDateTime.of(2026, 11, day, hour, minute));
  }

  private UUID bookedJob(
      UUID mechanic, Instant start, long startedAfterMinutes, Instant done, long billed) {
    UUID booking = shop.booking(start, mechanic, shop.oil, "COMPLETED", 8000, false);
    shop.job(booking, mechanic, start.plusSeconds(startedAfterMinutes * 60), done, billed);
    return booking;
  }

  @BeforeEach
  void aWeekOfWork() {
    shop = StatsFixtures.create("America/Montreal", "CA", users, shops, membership, jdbc);
    // Alex: two booked jobs (one started 5 minutes late, one 20), a walk-in, and two that don't
    // count: completed before the week (23:30 on Oct 31), and one still in progress.
    UUID first = bookedJob(shop.alex, at(2, 9, 0), 5, at(2, 10, 0), 12_000);
    UUID second = bookedJob(shop.alex, at(3, 9, 0), 20, at(3, 23, 30), 8000);
    shop.job(null, shop.alex, at(4, 10, 0), at(4, 11, 0), 5000);
    UUID before =
        bookedJob(
            shop.alex,
            shop.at(LocalDateTime.of(2026, 10, 31, 20, 0)),
            0,
            shop.at(LocalDateTime.of(2026, 10, 31, 23, 30)),
            7000);
    shop.job(null, shop.alex, at(5, 10, 0), null, 3000);
    // Béa: one booked job started exactly 10 minutes after its start: on time.
    UUID hers = bookedJob(shop.bea, at(5, 14, 0), 10, at(5, 16, 0), 20_000);

    shop.review(first, shop.alex, 5, at(3, 12, 0), false);
    shop.review(second, shop.alex, 4, at(4, 12, 0), false);
    shop.review(hers, shop.alex, 1, at(6, 12, 0), true);
    shop.review(before, shop.alex, 1, shop.at(LocalDateTime.of(2026, 10, 31, 23, 45)), false);

    shop.session(shop.alex, at(2, 12, 0), 30);
    shop.session(shop.alex, at(3, 12, 0), 90);
    shop.session(shop.alex, at(4, 12, 0), 600);
    shop.session(shop.alex, shop.at(LocalDateTime.of(2026, 10, 30, 12, 0)), 5);
    shop.session(shop.bea, at(6, 12, 0), 45);
  }

  @Test
  void eachMechanicsJobsHoursWorkOnTimeStartsRatingAndResponseTime() {
    SignIn.as(userDetails, shop.ownerEmail);

    var mechanics = analytics.report(shop.shopId, "CAD", week()).mechanics();

    assertThat(mechanics)
        .containsExactly(
            new MechanicRow(
                shop.alex, "Alex Stats", 3, 120, 25_000, 2, 1, 4.5, 2, Duration.ofSeconds(90), 3),
            new MechanicRow(
                shop.bea, "Béa Stats", 1, 60, 20_000, 1, 1, null, 0, Duration.ofSeconds(45), 1));
  }

  @Test
  void aMechanicWithNothingInTheRangeStillHasARowOnTheShopsPage() {
    SignIn.as(userDetails, shop.ownerEmail);
    StatRange earlier =
        new StatRange(
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), shop.zone, Granularity.MONTH);

    assertThat(analytics.report(shop.shopId, "CAD", earlier).mechanics())
        .extracting(
            MechanicRow::name, MechanicRow::completed, MechanicRow::rating, MechanicRow::response)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Alex Stats", 0L, null, null),
            org.assertj.core.groups.Tuple.tuple("Béa Stats", 0L, null, null));
  }

  @Test
  void anotherShopsOwnerGetsNotFound() {
    var other = StatsFixtures.create("America/Vancouver", "CA", users, shops, membership, jdbc);
    SignIn.as(userDetails, other.ownerEmail);

    assertThatThrownBy(() -> analytics.report(shop.shopId, "CAD", week()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> jobs.byMechanic(shop.shopId, "CAD", week(), 20))
        .isInstanceOf(NotFoundException.class);
  }
}
