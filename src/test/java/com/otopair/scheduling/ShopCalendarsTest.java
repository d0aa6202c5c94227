package com.otopair.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node keeps each shop's calendar between slot queries, and never offers slots from a calendar
 * older than the last commit: whether the change came through this node's services, another node or
 * by hand (plain SQL here, which is what another node's change looks like from this one).
 */
class ShopCalendarsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final Offering OIL =
      ScheduleFixtures.service(60, new Money(8000, "CAD"), OfferingMode.IN_SHOP);

  @Autowired Availability availability;
  @Autowired ShopCalendars calendars;
  @Autowired WeeklyHours weeklyHours;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  ScheduleFixtures shop;
  LocalDate monday;

  @BeforeEach
  void shop() {
    shop = ScheduleFixtures.create(users, shops, membership, TORONTO.getId());
    SignIn.as(userDetails, shop.ownerEmail());
    monday = TestDays.nextMonday(clock, TORONTO);
    weeklyHours.addWindow(
        shop.shopId(),
        shop.alex(),
        WindowHours.weekly(
            DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE));
    SecurityContextHolder.clearContext();
  }

  @Test
  void anUnchangedCalendarIsReadOnceAndAChangeByHandIsSeenAtOnce() {
    assertThat(starts()).hasSize(9); // 09:00 to 11:00, every 15 minutes
    var kept = calendars.of(shop.shopId(), monday);
    assertThat(calendars.of(shop.shopId(), monday)).isSameAs(kept);

    jdbc.update(
        "update availability_windows set end_time = '10:00' where shop_id = ? and mechanic_id = ?",
        shop.shopId(),
        shop.alex());

    assertThat(starts()).containsExactly(LocalTime.of(9, 0));
    assertThat(calendars.of(shop.shopId(), monday).version()).isGreaterThan(kept.version());
  }

  @Test
  void everyPartOfTheCalendarChangedByHandMovesItsVersion() {
    List<String> changes =
        List.of(
            "update shop_opening_hours set closes_at = '17:00' where shop_id = ?",
            "insert into booking_policies (id, shop_id, slot_step_minutes, buffer_before_minutes,"
                + " buffer_after_minutes, min_notice_minutes, horizon_days,"
                + " cancellation_window_hours, reschedule_limit)"
                + " values (gen_random_uuid(), ?, 30, 0, 0, 0, 60, 24, 2)",
            "update shop_members set joined_at = joined_at where shop_id = ?",
            "insert into schedule_overrides (id, shop_id, mechanic_id, on_date, reason)"
                + " select gen_random_uuid(), shop_id, mechanic_id, current_date + 400, 'Off'"
                + " from availability_windows where shop_id = ? limit 1",
            "insert into time_off (id, shop_id, mechanic_id, first_day, last_day)"
                + " select gen_random_uuid(), shop_id, mechanic_id, current_date + 400,"
                + " current_date + 401 from availability_windows where shop_id = ? limit 1",
            "update shops set time_zone = 'America/Vancouver' where id = ?");
    for (String change : changes) {
      long before = calendars.of(shop.shopId(), monday).version();
      jdbc.update(change, shop.shopId());
      assertThat(calendars.of(shop.shopId(), monday).version()).as(change).isGreaterThan(before);
    }
    assertThat(calendars.of(shop.shopId(), monday).zone())
        .isEqualTo(ZoneId.of("America/Vancouver"));
  }

  @Test
  void aChangeRolledBackIsNeverKept() {
    assertThat(starts()).hasSize(9);

    transactions.executeWithoutResult(
        tx -> {
          jdbc.update(
              "update availability_windows set end_time = '10:00' where shop_id = ?",
              shop.shopId());
          // Inside the change, its own transaction sees it...
          assertThat(starts()).containsExactly(LocalTime.of(9, 0));
          tx.setRollbackOnly();
        });

    // ...and once it is rolled back, nobody does: not even after the next change, which takes the
    // version number the rolled-back one had.
    jdbc.update(
        "update availability_windows set end_time = '11:00' where shop_id = ?", shop.shopId());
    assertThat(starts()).hasSize(5);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from availability_windows where shop_id = ?"
                    + " and end_time = '11:00'",
                Integer.class,
                shop.shopId()))
        .isEqualTo(1);
  }

  private List<LocalTime> starts() {
    return availability.slots(shop.shopId(), OIL, shop.alex(), monday, monday).stream()
        .map(s -> s.start().atZone(TORONTO).toLocalTime())
        .toList();
  }
}
