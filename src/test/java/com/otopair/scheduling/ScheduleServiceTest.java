package com.otopair.scheduling;

import static com.otopair.support.Refusals.assertRefusedAt;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.temporal.TemporalAdjusters.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

class ScheduleServiceTest extends IntegrationTest {

  static final LocalDate WEEK = LocalDate.of(2026, 11, 23);
  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired ScheduleService schedules;
  @Autowired WeeklyHours weeklyHours;
  @Autowired DayChanges dayChanges;
  @Autowired BookingPolicies bookingPolicies;
  @Autowired ScheduleTemplates scheduleTemplates;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired Availability availability;

  ScheduleFixtures shop;

  @BeforeEach
  void shop() {
    shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    SignIn.as(userDetails, shop.ownerEmail());
  }

  static WindowHours hours(DayOfWeek day, int from, int to) {
    return WindowHours.weekly(day, LocalTime.of(from, 0), LocalTime.of(to, 0), BigDecimal.ONE);
  }

  @Test
  void theOwnerAddsWindowsThatTheWeekShows() {
    weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 8, 12));
    weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 13, 17));
    weeklyHours.addWindow(
        shop.shopId(), shop.bea(), hours(SATURDAY, 9, 15).withMultiplier(new BigDecimal("1.5")));

    ShopSchedule week = schedules.schedule(shop.shopId(), WEEK, WEEK.plusDays(6));

    assertThat(week.managesShop()).isTrue();
    assertThat(week.zone().getId()).isEqualTo("America/Toronto");
    assertThat(week.mechanics())
        .extracting(ShopSchedule.Mechanic::name)
        .containsExactly("Alex Martin", "Béa Roy");
    assertThat(week.windows())
        .extracting(w -> w.hours().describe() + " x" + w.hours().multiplier())
        .containsExactly(
            "Monday 8:00 AM–12:00 PM x1.00",
            "Monday 1:00 PM–5:00 PM x1.00",
            "Saturday 9:00 AM–3:00 PM x1.50");
  }

  @Test
  void anOverlappingWindowIsRefusedNamingTheWindowItOverlaps() {
    weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(TUESDAY, 8, 12));

    assertRefusedAt(
        () -> weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(TUESDAY, 11, 14)),
        "start",
        "That overlaps Tuesday 8:00 AM–12:00 PM");
    // Touching is fine, and another mechanic may work the same hours.
    weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(TUESDAY, 12, 14));
    weeklyHours.addWindow(shop.shopId(), shop.bea(), hours(TUESDAY, 8, 12));
  }

  @Test
  void anEndBeforeTheStartAndAnOddMultiplierAreRefused() {
    assertRefusedAt(
        () -> weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 12, 8)),
        "end",
        "The end must be after the start");
    assertRefusedAt(
        () ->
            weeklyHours.addWindow(
                shop.shopId(),
                shop.alex(),
                hours(MONDAY, 8, 12).withMultiplier(new BigDecimal("4"))),
        "multiplier",
        "between 0.5 and 3.0");
  }

  @Test
  void windowsWithSeparateValidityMayShareHours() {
    weeklyHours.addWindow(
        shop.shopId(), shop.alex(), hours(MONDAY, 8, 12).valid(null, LocalDate.of(2026, 11, 30)));
    weeklyHours.addWindow(
        shop.shopId(), shop.alex(), hours(MONDAY, 9, 17).valid(LocalDate.of(2026, 12, 1), null));

    assertThat(weeklyHours.weekOf(shop.shopId(), shop.alex(), WEEK))
        .extracting(w -> w.describe())
        .containsExactly("Monday 8:00 AM–12:00 PM");
    assertThat(weeklyHours.weekOf(shop.shopId(), shop.alex(), LocalDate.of(2026, 12, 7)))
        .extracting(w -> w.describe())
        .containsExactly("Monday 9:00 AM–5:00 PM");
  }

  @Test
  void theDatabaseRefusesOverlappingWindowsWhateverTheCaller() {
    weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 8, 12));
    assertThatThrownBy(
            () ->
                jdbc.update(
                    """
                    insert into availability_windows
                      (id, version, shop_id, mechanic_id, day_of_week, start_time, end_time, multiplier)
                    values (?, 0, ?, ?, 1, '10:00', '14:00', 1.0)
                    """,
                    UUID.randomUUID(),
                    shop.shopId(),
                    shop.alex()))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("availability_windows_no_overlap");
  }

  @Test
  void hoursUntilMidnightAreStoredAs2400AndReadBackAsEndingTheDay() {
    WindowHours evening =
        WindowHours.weekly(MONDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT, new BigDecimal("1.00"));
    ScheduleWindow added = weeklyHours.addWindow(shop.shopId(), shop.alex(), evening);
    dayChanges.setOverride(
        shop.shopId(),
        shop.alex(),
        WEEK.plusDays(1),
        LocalTime.of(20, 0),
        LocalTime.MIDNIGHT,
        BigDecimal.ONE,
        "Late shift");
    scheduleTemplates.saveTemplate(shop.shopId(), "Evenings", List.of(evening));

    assertThat(
            jdbc.queryForObject(
                "select end_time::text from availability_windows where id = ?",
                String.class,
                added.id()))
        .isEqualTo("24:00:00");
    assertThat(
            jdbc.queryForList(
                "select end_time::text from schedule_overrides where mechanic_id = ?"
                    + " union all select w.end_time::text from schedule_template_windows w"
                    + " join schedule_templates t on t.id = w.template_id where t.shop_id = ?",
                String.class,
                shop.alex(),
                shop.shopId()))
        .containsExactly("24:00:00", "24:00:00");
    ShopSchedule week = schedules.schedule(shop.shopId(), WEEK, WEEK.plusDays(6));
    assertThat(week.windows()).extracting(ScheduleWindow::hours).containsExactly(evening);
    assertThat(week.overrides())
        .extracting(ScheduleOverride::end)
        .containsExactly(LocalTime.MIDNIGHT);
    assertThat(scheduleTemplates.templates(shop.shopId()).getFirst().windows())
        .containsExactly(evening);
    assertThat(evening.describe()).isEqualTo("Monday 6:00 PM–midnight");
    assertRefusedAt(
        () -> weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 22, 23)),
        "start",
        "That overlaps Monday 6:00 PM–midnight");
  }

  @Test
  void aWindowWrittenAs2400OffersItsLastHour() {
    jdbc.update(
        """
        insert into availability_windows
          (id, version, shop_id, mechanic_id, day_of_week, start_time, end_time, multiplier)
        values (?, 0, ?, ?, 1, '21:00', '24:00', 1.0)
        """,
        UUID.randomUUID(),
        shop.shopId(),
        shop.alex());
    LocalDate monday = LocalDate.now(clock.withZone(TORONTO)).with(next(MONDAY));

    // A remote service: the shop itself closes at 17:00, the mechanic's hours run until midnight.
    var slots =
        availability.slots(
            shop.shopId(),
            ScheduleFixtures.service(60, new Money(8000, "CAD"), OfferingMode.REMOTE_VIDEO),
            shop.alex(),
            monday,
            monday);

    assertThat(slots)
        .extracting(s -> s.start().atZone(TORONTO).toLocalTime())
        .containsExactly(
            LocalTime.of(21, 0),
            LocalTime.of(21, 15),
            LocalTime.of(21, 30),
            LocalTime.of(21, 45),
            LocalTime.of(22, 0),
            LocalTime.of(22, 15),
            LocalTime.of(22, 30),
            LocalTime.of(22, 45),
            LocalTime.of(23, 0));
  }

  @Test
  void aMechanicEditsTheirOwnHoursButNotAColleaguesNorThePolicy() {
    SignIn.as(userDetails, shop.alexEmail());

    ScheduleWindow mine = weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 8, 12));
    assertThat(mine.mechanicId()).isEqualTo(shop.alex());
    assertThatThrownBy(() -> weeklyHours.addWindow(shop.shopId(), shop.bea(), hours(MONDAY, 8, 12)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("You can’t change that schedule");
    assertThatThrownBy(() -> bookingPolicies.updatePolicy(shop.shopId(), BookingPolicy.DEFAULT))
        .isInstanceOf(InvalidRequestException.class);

    ShopSchedule seen = schedules.schedule(shop.shopId(), WEEK, WEEK.plusDays(6));
    assertThat(seen.managesShop()).isFalse();
    assertThat(seen.mechanics()).extracting(ShopSchedule.Mechanic::id).containsExactly(shop.alex());
  }

  @Test
  void anOwnerOfAnotherShopCannotSeeOrChangeThisSchedule() {
    ScheduleFixtures other = ScheduleFixtures.create(users, shops, membership, "America/Chicago");
    SignIn.as(userDetails, other.ownerEmail());

    assertThatThrownBy(() -> schedules.schedule(shop.shopId(), WEEK, WEEK.plusDays(6)))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () -> weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 8, 12)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void movingAndDeletingAWindowReturnWhatItWasSoTheChangeCanBeUndone() {
    ScheduleWindow added = weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 8, 12));

    ScheduleWindow before = weeklyHours.updateWindow(added.id(), hours(TUESDAY, 9, 13));
    assertThat(before.hours())
        .isEqualTo(hours(MONDAY, 8, 12).withMultiplier(new BigDecimal("1.00")));
    weeklyHours.updateWindow(added.id(), before.hours());
    ScheduleWindow deleted = weeklyHours.deleteWindow(added.id());
    assertThat(weeklyHours.weekOf(shop.shopId(), shop.alex(), WEEK)).isEmpty();
    weeklyHours.addWindow(shop.shopId(), deleted.mechanicId(), deleted.hours());

    assertThat(weeklyHours.weekOf(shop.shopId(), shop.alex(), WEEK))
        .extracting(WindowHours::describe)
        .containsExactly("Monday 8:00 AM–12:00 PM");
  }

  @Test
  void aTemplateAppliedOverARangeReplacesOnlyThatRange() {
    weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 9, 17));
    ScheduleTemplate holidays =
        scheduleTemplates.saveTemplate(
            shop.shopId(), "December hours", List.of(hours(MONDAY, 8, 12), hours(TUESDAY, 8, 12)));
    assertRefusedAt(
        () ->
            scheduleTemplates.saveTemplate(
                shop.shopId(), "december HOURS", List.of(hours(MONDAY, 8, 9))),
        "name",
        "already called");

    scheduleTemplates.applyTemplate(
        holidays.id(),
        List.of(shop.alex(), shop.bea()),
        LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 12, 31));

    assertThat(weeklyHours.weekOf(shop.shopId(), shop.alex(), WEEK))
        .extracting(WindowHours::describe)
        .containsExactly("Monday 9:00 AM–5:00 PM");
    assertThat(weeklyHours.weekOf(shop.shopId(), shop.alex(), LocalDate.of(2026, 12, 14)))
        .extracting(WindowHours::describe)
        .containsExactly("Monday 8:00 AM–12:00 PM", "Tuesday 8:00 AM–12:00 PM");
    assertThat(weeklyHours.weekOf(shop.shopId(), shop.bea(), LocalDate.of(2026, 12, 14)))
        .hasSize(2);
    assertThat(weeklyHours.weekOf(shop.shopId(), shop.alex(), LocalDate.of(2027, 1, 4)))
        .extracting(WindowHours::describe)
        .containsExactly("Monday 9:00 AM–5:00 PM");
    assertThat(scheduleTemplates.templates(shop.shopId()))
        .extracting(ScheduleTemplate::name)
        .containsExactly("December hours");
  }

  @Test
  void copyingAWeekToAColleagueGivesThemTheSameHoursFromThatDay() {
    weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(MONDAY, 8, 12));
    weeklyHours.addWindow(shop.shopId(), shop.alex(), hours(SATURDAY, 9, 15));

    weeklyHours.applyWeek(
        shop.shopId(),
        weeklyHours.weekOf(shop.shopId(), shop.alex(), WEEK),
        List.of(shop.bea()),
        WEEK,
        null);

    assertThat(weeklyHours.weekOf(shop.shopId(), shop.bea(), WEEK.plusWeeks(5)))
        .extracting(WindowHours::describe)
        .containsExactly("Monday 8:00 AM–12:00 PM", "Saturday 9:00 AM–3:00 PM");
    assertThat(weeklyHours.weekOf(shop.shopId(), shop.bea(), WEEK.minusWeeks(1))).isEmpty();
  }

  @Test
  void anOverrideReplacesTheDayAndTimeOffMayNotOverlap() {
    LocalDate christmasEve = LocalDate.of(2026, 12, 24);
    assertThat(
            dayChanges.setOverride(
                shop.shopId(),
                shop.alex(),
                christmasEve,
                LocalTime.of(8, 0),
                LocalTime.of(12, 0),
                BigDecimal.ONE,
                "Short day"))
        .isEmpty();
    var replaced =
        dayChanges.setOverride(
            shop.shopId(), shop.alex(), christmasEve, null, null, BigDecimal.ONE, "Closed");
    assertThat(replaced).get().extracting(ScheduleOverride::reason).isEqualTo("Short day");
    assertRefusedAt(
        () ->
            dayChanges.setOverride(
                shop.shopId(), shop.alex(), christmasEve, LocalTime.NOON, null, BigDecimal.ONE, ""),
        "end",
        "both a start and an end");

    dayChanges.addTimeOff(
        shop.shopId(), shop.alex(), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), "Ski");
    assertRefusedAt(
        () ->
            dayChanges.addTimeOff(
                shop.shopId(),
                shop.alex(),
                LocalDate.of(2027, 1, 8),
                LocalDate.of(2027, 1, 10),
                ""),
        "firstDay",
        "overlaps time off from Jan 4, 2027 to Jan 8, 2027");
    assertRefusedAt(
        () ->
            dayChanges.addTimeOff(
                shop.shopId(), shop.alex(), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 1), ""),
        "lastDay",
        "can’t be before");

    ShopSchedule december =
        schedules.schedule(shop.shopId(), LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 10));
    assertThat(december.overrides()).singleElement().matches(ScheduleOverride::isDayOff);
    assertThat(december.timeOff()).extracting(TimeOff::reason).containsExactly("Ski");
  }

  @Test
  void thePolicyIsKeptAndOutOfRangeValuesAreRefused() {
    assertThat(bookingPolicies.policy(shop.shopId())).isEqualTo(BookingPolicy.DEFAULT);
    var policy =
        new BookingPolicy(
            Duration.ofMinutes(30),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(4),
            30,
            6,
            Duration.ofHours(48),
            1);
    bookingPolicies.updatePolicy(shop.shopId(), policy);
    assertThat(bookingPolicies.policy(shop.shopId())).isEqualTo(policy);

    assertRefusedAt(
        () ->
            bookingPolicies.updatePolicy(
                shop.shopId(),
                new BookingPolicy(
                    Duration.ofMinutes(90),
                    Duration.ZERO,
                    Duration.ZERO,
                    Duration.ZERO,
                    30,
                    null,
                    Duration.ZERO,
                    0)),
        "step",
        "5 to 60 minutes");
  }
}
