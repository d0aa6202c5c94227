package com.otopair.scheduling;

import com.otopair.base.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * Random slot requests for property tests: a few mechanics in one of five zones, a few days around
 * a daylight-saving change, windows that don't overlap within a day (some on a 5-minute grid, some
 * until midnight, some with validity dates), overrides, time off, bookings at any minute, and a
 * random policy.
 */
final class RandomShops {

  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/Toronto"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("UTC"));

  /**
   * Days when the clocks change in North America, Europe or Australia, and an ordinary one. Sydney
   * changes its clocks while it is still the previous day in UTC, which catches a day's offset
   * taken from the wrong side of a change.
   */
  private static final List<LocalDate> ANCHORS =
      List.of(
          LocalDate.of(2026, 3, 8),
          LocalDate.of(2026, 3, 29),
          LocalDate.of(2026, 4, 5),
          LocalDate.of(2026, 6, 17),
          LocalDate.of(2026, 10, 4),
          LocalDate.of(2026, 10, 25),
          LocalDate.of(2026, 11, 1),
          LocalDate.of(2027, 3, 14),
          LocalDate.of(2027, 3, 28));

  private static final int FIVE_MINUTE_MARKS_A_DAY = 24 * 12;

  private RandomShops() {}

  record WindowPlan(
      DayOfWeek day,
      int startMark,
      int lengthMarks,
      String multiplier,
      @Nullable Integer validFromShift,
      @Nullable Integer validToShift) {

    /** At most the day's last mark: a window may end at midnight (24:00). */
    int endMark() {
      return Math.min(startMark + lengthMarks, FIVE_MINUTE_MARKS_A_DAY);
    }
  }

  record OverridePlan(
      int dayShift, boolean dayOff, int startMark, int lengthMarks, String multiplier) {}

  record TimeOffPlan(int firstDayShift, int lengthDays) {}

  record BusyPlan(int dayShift, int startMinute, int lengthMinutes) {}

  record MechanicPlan(
      List<WindowPlan> windows,
      List<OverridePlan> overrides,
      List<TimeOffPlan> timeOff,
      List<BusyPlan> busy) {}

  record PolicyPlan(
      int stepMinutes,
      int bufferBeforeMinutes,
      int bufferAfterMinutes,
      int noticeMinutes,
      int horizonDays,
      @Nullable Integer maxBookingsPerDay) {}

  /**
   * Where and when: the shop's zone, a day near a clock change, "now" as minutes from that day's
   * noon, and the days asked for, from a day relative to now's.
   */
  record Place(ZoneId zone, LocalDate anchor, int nowShiftMinutes, int fromShift, int dayCount) {}

  record ShopPlan(
      Place place,
      int durationMinutes,
      long priceMinor,
      PolicyPlan policy,
      List<MechanicPlan> mechanics,
      boolean reverseOrder,
      boolean includeLastInRequest) {}

  static Arbitrary<SlotRequest> requests() {
    return shops().map(RandomShops::toRequest);
  }

  static Arbitrary<ShopPlan> shops() {
    var places =
        Combinators.combine(
                Arbitraries.of(ZONES),
                Arbitraries.of(ANCHORS)
                    .flatMap(anchor -> Arbitraries.integers().between(-3, 3).map(anchor::plusDays)),
                Arbitraries.integers().between(-3 * 24 * 60, 24 * 60),
                Arbitraries.integers().between(-1, 2),
                Arbitraries.integers().between(2, 7))
            .as(Place::new);
    return Combinators.combine(
            places,
            Arbitraries.of(15, 30, 45, 60, 90, 120, 150),
            Arbitraries.longs().between(1_00, 500_00),
            policies(),
            mechanics().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(ShopPlan::new);
  }

  private static Arbitrary<PolicyPlan> policies() {
    return Combinators.combine(
            Arbitraries.of(5, 10, 15, 20, 30, 60),
            Arbitraries.of(0, 5, 10, 15),
            Arbitraries.of(0, 5, 10, 30),
            Arbitraries.of(0, 45, 120, 24 * 60),
            Arbitraries.integers().between(1, 14),
            Arbitraries.integers().between(1, 4).injectNull(0.6))
        .as(PolicyPlan::new);
  }

  private static Arbitrary<MechanicPlan> mechanics() {
    var windows =
        Combinators.combine(
                Arbitraries.of(DayOfWeek.class),
                Arbitraries.integers().between(0, FIVE_MINUTE_MARKS_A_DAY - 2),
                Arbitraries.integers().between(6, 10 * 12),
                Arbitraries.of("1", "1.5", "0.85", "1.333", "1.25"),
                Arbitraries.integers().between(-3, 3).injectNull(0.8),
                Arbitraries.integers().between(-3, 3).injectNull(0.8))
            .as(WindowPlan::new);
    var overrides =
        Combinators.combine(
                Arbitraries.integers().between(-2, 5),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, FIVE_MINUTE_MARKS_A_DAY - 2),
                Arbitraries.integers().between(1, 8 * 12),
                Arbitraries.of("1", "2", "0.5", "1.175"))
            .as(OverridePlan::new);
    var timeOff =
        Combinators.combine(
                Arbitraries.integers().between(-3, 5), Arbitraries.integers().between(0, 2))
            .as(TimeOffPlan::new);
    var busy =
        Combinators.combine(
                Arbitraries.integers().between(-3, 6),
                Arbitraries.integers().between(0, 24 * 60 - 1),
                Arbitraries.integers().between(5, 300))
            .as(BusyPlan::new);
    return Combinators.combine(
            windows.list().ofMinSize(4).ofMaxSize(20),
            overrides.list().ofMaxSize(2),
            timeOff.list().ofMaxSize(1),
            busy.list().ofMaxSize(12))
        .as(MechanicPlan::new);
  }

  static SlotRequest toRequest(ShopPlan shop) {
    var place = shop.place();
    var zone = place.zone();
    var anchor = place.anchor();
    var ids = new ArrayList<UUID>();
    var windows = new ArrayList<WeeklyWindow>();
    var overrides = new ArrayList<DateOverride>();
    var timeOff = new ArrayList<TimeOffPeriod>();
    var busy = new ArrayList<BusyInterval>();
    for (int i = 0; i < shop.mechanics().size(); i++) {
      var id = new UUID(0x5107L, i + 1);
      var mechanic = shop.mechanics().get(i);
      ids.add(id);
      var kept = new ArrayList<WindowPlan>();
      for (var window : mechanic.windows()) {
        if (kept.stream().noneMatch(other -> overlaps(window, other))) {
          kept.add(window);
        }
      }
      for (var window : kept) {
        windows.add(
            new WeeklyWindow(
                id,
                window.day(),
                timeAt(window.startMark()),
                timeAt(window.endMark()),
                new BigDecimal(window.multiplier()),
                window.validFromShift() == null ? null : anchor.plusDays(window.validFromShift()),
                window.validToShift() == null ? null : anchor.plusDays(window.validToShift())));
      }
      for (var override : mechanic.overrides()) {
        var date = anchor.plusDays(override.dayShift());
        overrides.add(
            override.dayOff()
                ? DateOverride.dayOff(id, date)
                : new DateOverride(
                    id,
                    date,
                    timeAt(override.startMark()),
                    timeAt(
                        Math.min(
                            override.startMark() + override.lengthMarks(),
                            FIVE_MINUTE_MARKS_A_DAY)),
                    new BigDecimal(override.multiplier())));
      }
      for (var period : mechanic.timeOff()) {
        var first = anchor.plusDays(period.firstDayShift());
        timeOff.add(new TimeOffPeriod(id, first, first.plusDays(period.lengthDays())));
      }
      for (var booking : mechanic.busy()) {
        var start =
            ZonedDateTime.of(
                    anchor.plusDays(booking.dayShift()),
                    LocalTime.ofSecondOfDay(booking.startMinute() * 60L),
                    zone)
                .toInstant();
        busy.add(
            new BusyInterval(id, start, start.plus(Duration.ofMinutes(booking.lengthMinutes()))));
      }
    }
    var requested = new ArrayList<>(ids);
    if (!shop.includeLastInRequest() && requested.size() > 1) {
      requested.removeLast(); // its windows and bookings stay in the request, to be ignored
    }
    if (shop.reverseOrder()) {
      requested = new ArrayList<>(requested.reversed());
    }
    var policy = shop.policy();
    var now =
        ZonedDateTime.of(anchor, LocalTime.NOON, zone)
            .toInstant()
            .plus(Duration.ofMinutes(place.nowShiftMinutes()));
    var from = LocalDate.ofInstant(now, zone).plusDays(place.fromShift());
    return new SlotRequest(
        zone,
        now,
        from,
        from.plusDays(place.dayCount() - 1),
        Duration.ofMinutes(shop.durationMinutes()),
        new Money(shop.priceMinor(), "CAD"),
        new BookingPolicy(
            Duration.ofMinutes(policy.stepMinutes()),
            Duration.ofMinutes(policy.bufferBeforeMinutes()),
            Duration.ofMinutes(policy.bufferAfterMinutes()),
            Duration.ofMinutes(policy.noticeMinutes()),
            policy.horizonDays(),
            policy.maxBookingsPerDay(),
            Duration.ofHours(24),
            2),
        requested,
        windows,
        overrides,
        timeOff,
        busy,
        ShopHours.ANY_TIME);
  }

  private static boolean overlaps(WindowPlan one, WindowPlan other) {
    return one.day() == other.day()
        && one.startMark() < other.endMark()
        && other.startMark() < one.endMark();
  }

  /** The day's last mark is the midnight that ends it: an end of {@link LocalTime#MIDNIGHT}. */
  private static LocalTime timeAt(int fiveMinuteMark) {
    return fiveMinuteMark == FIVE_MINUTE_MARKS_A_DAY
        ? LocalTime.MIDNIGHT
        : LocalTime.ofSecondOfDay(fiveMinuteMark * 300L);
  }
}
