package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Formats;
import com.otopair.booking.BookingFixtures;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.shared.communication.PushMode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.JsonNodeFactory;

/** The slot picker on a phone: a compact month with the chosen day marked, slots by part of day. */
class BookViewTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures fixture;
  BookView view;
  LocalDate monday;
  LocalDate tuesday;

  @BeforeEach
  void picker() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    // The shop opens late on Tuesdays, so its evening slots can be offered.
    jdbc.update(
        "insert into shop_opening_hours (shop_id, day_of_week, opens_at, closes_at)"
            + " values (?, 2, '07:00', '20:00')",
        fixture.shop().shopId());
    // Béa also works a long Tuesday, from late morning into the evening, off-peak.
    schedules.weeklyHours(
        fixture.shop().shopId(),
        fixture.shop().bea(),
        List.of(
            WindowHours.weekly(
                DayOfWeek.TUESDAY,
                LocalTime.of(11, 0),
                LocalTime.of(19, 0),
                new BigDecimal("0.8"))));
    monday = TestDays.nextMonday(clock, TORONTO);
    tuesday = monday.plusDays(1);
    navigate(
        "book/"
            + membership.ref(fixture.shop().shopId()).slug()
            + "?service="
            + fixture.oilChange());
    view = _get(BookView.class);
    view.month.page(YearMonth.from(tuesday));
  }

  /** Each part of the day's heading with the times of its slots, as the browser gets them. */
  private List<String> groups() {
    return view.day.slotButtons().stream()
        .map(button -> button.parent().parent())
        .distinct()
        .map(
            group ->
                group.selectFirst("h3").text()
                    + ": "
                    + String.join(
                        ", ",
                        group.select("vaadin-button").stream()
                            .map(b -> b.attr("aria-label").split(" · ")[0])
                            .toList()))
        .toList();
  }

  @Test
  void theDaysSlotsAreGroupedIntoMorningAfternoonAndEvening() {
    view.month.pick(tuesday);

    // A one-hour service from 11:00 to the last start at 18:00, every 15 minutes.
    assertThat(groups())
        .containsExactly(
            "Morning: 11:00 AM, 11:15 AM, 11:30 AM, 11:45 AM",
            "Afternoon: "
                + "12:00 PM, 12:15 PM, 12:30 PM, 12:45 PM, 1:00 PM, 1:15 PM, 1:30 PM, 1:45 PM, "
                + "2:00 PM, 2:15 PM, 2:30 PM, 2:45 PM, 3:00 PM, 3:15 PM, 3:30 PM, 3:45 PM, "
                + "4:00 PM, 4:15 PM, 4:30 PM, 4:45 PM",
            "Evening: 5:00 PM, 5:15 PM, 5:30 PM, 5:45 PM, 6:00 PM");
    // Each slot reads its price and that it is off-peak, on lines of its own.
    assertThat(SlotButtons.get(view.day, 0).html())
        .isEqualTo(
            "<span class=\"otopair-slot-time\">11:00 AM</span>"
                + "<span class=\"otopair-slot-price\">$64.00 CAD</span>"
                + "<span class=\"otopair-slot-rate otopair-slot-offpeak\">off-peak ×0.8</span>");
  }

  /** A click on a day of the month, as the browser sends it: the clicked button's date. */
  private void click(LocalDate date) {
    click(date.toString());
  }

  private void click(String date) {
    _fireDomEvent(
        view.month.days,
        "click",
        JsonNodeFactory.instance
            .objectNode()
            .put(MonthPicker.ON_A_DAY, true)
            .put(MonthPicker.CLICKED_DATE, date));
  }

  @Test
  void thePickedDayIsMarkedAndPressedAndOnlyIt() {
    assertThat(view.month.day(tuesday).classNames()).contains("otopair-free-day");
    assertThat(view.month.day(tuesday).attr("aria-pressed")).isEqualTo("false");

    // Another day of the same month first, then Tuesday.
    LocalDate other = tuesday.getDayOfMonth() > 1 ? monday : tuesday.plusDays(1);
    click(other);
    click(tuesday);

    assertThat(view.month.day(tuesday).classNames()).contains("otopair-day-chosen");
    assertThat(view.month.day(tuesday).attr("theme")).isEqualTo("primary");
    assertThat(view.month.day(tuesday).attr("aria-pressed")).isEqualTo("true");
    assertThat(view.month.day(other).classNames()).doesNotContain("otopair-day-chosen");
    assertThat(view.month.day(other).attr("aria-pressed")).isEqualTo("false");
    assertThat(_find(view.day, H2.class).getFirst().getText())
        .isEqualTo(Formats.of(Locale.US).day(tuesday));
  }

  @Test
  void theMonthIsOneElementWhoseDaysAreButtonsThatPickOnlyFromTodayOn() {
    LocalDate today = LocalDate.now(clock.withZone(TORONTO));
    view.month.page(YearMonth.from(today));
    // The days are markup, not components: no server-side node per day.
    assertThat(view.month.days.getChildren()).isEmpty();
    assertThat(view.month.day(today).hasAttr("disabled")).isFalse();
    assertThat(view.month.day(today).attr("aria-label"))
        .startsWith(Formats.of(Locale.US).day(today));
    if (today.getDayOfMonth() > 1) {
      LocalDate yesterday = today.minusDays(1);
      assertThat(view.month.day(yesterday).hasAttr("disabled")).isTrue();
      // A crafted click on a past day is refused as the disabled button would.
      click(yesterday);
      assertThat(view.month.chosen()).isNull();
    }
    // Not a date, or a day of another month: nothing happens.
    click("tomorrow");
    click(today.plusMonths(2));
    assertThat(view.month.chosen()).isNull();

    click(today);
    assertThat(view.month.chosen()).isEqualTo(today);
    assertThat(view.month.day(today).attr("aria-pressed")).isEqualTo("true");
    assertThat(_find(view.day, H2.class).getFirst().getText())
        .isEqualTo(Formats.of(Locale.US).day(today));
  }

  @Test
  void thePickerHoldsNoPushConnectionAndTheNextPageOfTheTabGetsItBack() {
    String picker =
        "book/"
            + membership.ref(fixture.shop().shopId()).slug()
            + "?service="
            + fixture.oilChange();
    var push = UI.getCurrent().getPushConfiguration();
    navigate("login");
    // As the app shell's @Push has it for every page.
    push.setPushMode(PushMode.AUTOMATIC);

    navigate(picker);
    assertThat(push.getPushMode()).isEqualTo(PushMode.DISABLED);

    navigate("login");
    assertThat(push.getPushMode()).isEqualTo(PushMode.AUTOMATIC);
  }
}
