package com.otopair.scheduling;

import static com.otopair.scheduling.SlotRequestBuilder.TORONTO;
import static com.otopair.scheduling.SlotRequestBuilder.pricedWindow;
import static com.otopair.scheduling.SlotRequestBuilder.request;
import static java.math.BigDecimal.ONE;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Money;
import com.otopair.shops.OpeningHours;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotEngineTest {

  private static final UUID ALEX = new UUID(0, 1);
  private static final UUID BEA = new UUID(0, 2);
  private static final UUID CHRIS = new UUID(0, 3);
  private static final LocalDate MONDAY_JUNE_8 = LocalDate.of(2026, 6, 8);
  private static final LocalDate TUESDAY_JUNE_9 = LocalDate.of(2026, 6, 9);

  private final SlotEngine engine = new SlotEngine();

  @Test
  void aWindowOffersAStartEveryStepWhereTheWholeServiceFitsBeforeItsEnd() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "09:00", "11:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(localStarts(slots)).containsExactly("09:00", "09:15", "09:30", "09:45", "10:00");
    assertThat(slots)
        .allSatisfy(
            slot -> {
              assertThat(slot.end()).isEqualTo(slot.start().plus(Duration.ofHours(1)));
              assertThat(slot.mechanicId()).isEqualTo(ALEX);
              assertThat(slot.price()).isEqualTo(new Money(100_00, "CAD"));
              assertThat(slot.multiplier()).isEqualByComparingTo("1");
            });
  }

  @Test
  void aWindowUntilMidnightOffersItsLastHourEndingWhenTheNextDayBegins() {
    var slots =
        engine.slots(
            request()
                .step(Duration.ofMinutes(60))
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "18:00", "24:00")
                .window(ALEX, TUESDAY, "00:00", "02:00")
                .days(MONDAY_JUNE_8, TUESDAY_JUNE_9)
                .build());

    assertThat(localDateTimes(slots))
        .containsExactly(
            "2026-06-08T18:00",
            "2026-06-08T19:00",
            "2026-06-08T20:00",
            "2026-06-08T21:00",
            "2026-06-08T22:00",
            "2026-06-08T23:00",
            "2026-06-09T00:00",
            "2026-06-09T01:00");
    assertThat(slots.get(5).end()).isEqualTo(TUESDAY_JUNE_9.atStartOfDay(TORONTO).toInstant());
  }

  @Test
  void aDayChangedToHoursUntilMidnightOffersItsLastSlotUnlessItIsBooked() {
    var slots =
        engine.slots(
            request()
                .step(Duration.ofMinutes(30))
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "09:00", "17:00")
                .override(
                    new DateOverride(
                        ALEX,
                        MONDAY_JUNE_8,
                        LocalTime.of(21, 0),
                        LocalTime.MIDNIGHT,
                        new BigDecimal("1.5")))
                .busy(ALEX, MONDAY_JUNE_8, "21:00", "22:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(localStarts(slots)).containsExactly("22:00", "22:30", "23:00");
    assertThat(slots).allSatisfy(slot -> assertThat(slot.multiplier()).isEqualByComparingTo("1.5"));
  }

  @Test
  void twoWindowsADayOfferSlotsInBothAndNoneAcrossTheLunchBreak() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "08:00", "12:00")
                .window(ALEX, MONDAY, "13:00", "17:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(slots).hasSize(26);
    assertThat(localStarts(slots))
        .startsWith("08:00")
        .contains("11:00", "13:00", "16:00")
        .doesNotContain("11:15", "12:00", "12:45", "16:15")
        .endsWith("16:00");
  }

  @Test
  void aMultiplierScalesThePriceRoundedHalfUpToTheCent() {
    var slots =
        engine.slots(
            request()
                .price(new Money(33_33, "CAD"))
                .mechanics(ALEX)
                .window(pricedWindow(ALEX, MONDAY, "09:00", "10:00", "1.5"))
                .window(pricedWindow(ALEX, MONDAY, "14:00", "15:00", "1.15"))
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(slots).hasSize(2);
    assertThat(slots.get(0).price()).isEqualTo(new Money(50_00, "CAD")); // 49.995
    assertThat(slots.get(0).multiplier()).isEqualByComparingTo("1.5");
    assertThat(slots.get(1).price()).isEqualTo(new Money(38_33, "CAD")); // 38.3295
    assertThat(slots.get(1).multiplier()).isEqualByComparingTo("1.15");
  }

  @Test
  void aWindowAppliesOnlyOnItsWeekdayBetweenItsValidityDatesInclusive() {
    var window =
        new WeeklyWindow(
            ALEX,
            MONDAY,
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            BigDecimal.ONE,
            LocalDate.of(2026, 6, 15),
            LocalDate.of(2026, 6, 22));

    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .window(window)
                .days(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 5))
                .build());

    assertThat(localDates(slots))
        .containsExactly(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 22));
  }

  @Test
  void anOverrideReplacesThatDaysWeeklyWindowsWithItsOwnHoursAndPrice() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "09:00", "10:00")
                .window(ALEX, MONDAY, "11:00", "12:00")
                .override(
                    new DateOverride(
                        ALEX,
                        MONDAY_JUNE_8,
                        LocalTime.of(14, 0),
                        LocalTime.of(15, 15),
                        new BigDecimal("2")))
                .days(MONDAY_JUNE_8, LocalDate.of(2026, 6, 15))
                .build());

    assertThat(localDateTimes(slots))
        .containsExactly(
            "2026-06-08T14:00", "2026-06-08T14:15", "2026-06-15T09:00", "2026-06-15T11:00");
    assertThat(slots.get(0).price()).isEqualTo(new Money(200_00, "CAD"));
    assertThat(slots.get(2).price()).isEqualTo(new Money(100_00, "CAD"));
  }

  @Test
  void anOverrideDayOffLeavesNoSlotsThatDayOnly() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .everyDay(ALEX, "09:00", "10:00")
                .override(DateOverride.dayOff(ALEX, MONDAY_JUNE_8))
                .days(LocalDate.of(2026, 6, 7), TUESDAY_JUNE_9)
                .build());

    assertThat(localDates(slots)).containsExactly(LocalDate.of(2026, 6, 7), TUESDAY_JUNE_9);
  }

  @Test
  void timeOffLeavesNoSlotsFromItsFirstToItsLastDay() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .everyDay(ALEX, "09:00", "10:00")
                .timeOff(ALEX, LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 5))
                .days(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7))
                .build());

    assertThat(localDates(slots))
        .containsExactly(
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 6, 2),
            LocalDate.of(2026, 6, 6),
            LocalDate.of(2026, 6, 7));
  }

  @Test
  void timeOffWinsOverAnOverrideThatDay() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .override(
                    new DateOverride(
                        ALEX,
                        MONDAY_JUNE_8,
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 0),
                        BigDecimal.ONE))
                .timeOff(ALEX, MONDAY_JUNE_8, MONDAY_JUNE_8)
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(slots).isEmpty();
  }

  @Test
  void noSlotStartsSoonerThanTheMinimumNoticeAndLaterOnesStayOnTheWindowsStepGrid() {
    var slots =
        engine.slots(
            request()
                .now(LocalDateTime.of(2026, 6, 8, 8, 50))
                .minimumNotice(Duration.ofHours(1))
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "09:00", "12:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(localStarts(slots)).containsExactly("10:00", "10:15", "10:30", "10:45", "11:00");
  }

  @Test
  void aSlotExactlyAtTheMinimumNoticeIsOffered() {
    var slots =
        engine.slots(
            request()
                .now(LocalDateTime.of(2026, 6, 8, 8, 0))
                .minimumNotice(Duration.ofHours(2))
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "09:00", "12:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(localStarts(slots)).startsWith("10:00").doesNotContain("09:45");
  }

  @Test
  void noSlotIsOfferedAfterTheHorizonsLastDay() {
    var slots =
        engine.slots(
            request()
                .now(LocalDateTime.of(2026, 6, 1, 23, 0))
                .horizonDays(7)
                .mechanics(ALEX)
                .everyDay(ALEX, "09:00", "10:00")
                .days(LocalDate.of(2026, 6, 6), LocalDate.of(2026, 6, 20))
                .build());

    assertThat(localDates(slots))
        .containsExactly(
            LocalDate.of(2026, 6, 6), LocalDate.of(2026, 6, 7), LocalDate.of(2026, 6, 8));
  }

  @Test
  void bothBuffersKeepSlotsClearOfABookingToTheExactMinute() {
    // 10 minutes before and 15 after each booking: a 30-minute slot must end by 09:35 (25 minutes
    // before the 10:00 booking) and start at 11:25 at the earliest (25 minutes after its end).
    var slots =
        engine.slots(
            request()
                .duration(Duration.ofMinutes(30))
                .step(Duration.ofMinutes(5))
                .buffers(Duration.ofMinutes(10), Duration.ofMinutes(15))
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "08:00", "13:00")
                .busy(ALEX, MONDAY_JUNE_8, "10:00", "11:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(localStarts(slots))
        .contains("09:00", "09:05", "11:25", "11:30")
        .doesNotContain("09:10", "10:00", "10:30", "11:20");
    assertThat(slots).hasSize(14 + 14);
  }

  @Test
  void withoutBuffersASlotMayEndWhenABookingStartsAndStartWhenItEnds() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "08:00", "12:00")
                .busy(ALEX, MONDAY_JUNE_8, "10:00", "10:30")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(localStarts(slots))
        .containsExactly("08:00", "08:15", "08:30", "08:45", "09:00", "10:30", "10:45", "11:00");
  }

  @Test
  void aBookingBlocksOnlyItsOwnMechanic() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX, BEA)
                .window(ALEX, MONDAY, "09:00", "10:00")
                .window(BEA, MONDAY, "09:00", "10:00")
                .busy(BEA, MONDAY_JUNE_8, "09:00", "10:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(slots).extracting(Slot::mechanicId).containsExactly(ALEX);
  }

  @Test
  void aMechanicWhoReachedTheDailyCapHasNoSlotsThatDayButOthersDo() {
    var slots =
        engine.slots(
            request()
                .maxBookingsPerDay(2)
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "08:00", "17:00")
                .window(ALEX, TUESDAY, "08:00", "17:00")
                .busy(ALEX, MONDAY_JUNE_8, "08:00", "09:00")
                .busy(ALEX, MONDAY_JUNE_8, "23:30", "23:59") // counts on the day it starts
                .busy(ALEX, TUESDAY_JUNE_9, "08:00", "09:00")
                .days(MONDAY_JUNE_8, TUESDAY_JUNE_9)
                .build());

    assertThat(localDates(slots)).containsExactly(TUESDAY_JUNE_9);
  }

  @Test
  void anyMechanicGivesEachStartToTheMechanicWithFewestBookingsThatDay() {
    var slots =
        engine.anyMechanic(
            request()
                .mechanics(ALEX, BEA)
                .window(ALEX, MONDAY, "08:00", "12:00")
                .window(BEA, MONDAY, "08:00", "12:00")
                .busy(ALEX, MONDAY_JUNE_8, "08:00", "09:00")
                .busy(ALEX, MONDAY_JUNE_8, "11:00", "12:00")
                .busy(BEA, MONDAY_JUNE_8, "09:00", "10:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(localStarts(slots))
        .containsExactly(
            "08:00", "09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45",
            "11:00");
    assertThat(slots)
        .extracting(Slot::mechanicId)
        .containsExactly(BEA, ALEX, ALEX, ALEX, ALEX, BEA, BEA, BEA, BEA, BEA);
  }

  @Test
  void anyMechanicBreaksATieInBookingsWithTheLowerPrice() {
    var slots =
        engine.anyMechanic(
            request()
                .mechanics(ALEX, BEA)
                .window(pricedWindow(ALEX, MONDAY, "09:00", "10:00", "1.2"))
                .window(pricedWindow(BEA, MONDAY, "09:00", "10:00", "1.1"))
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(slots).singleElement().extracting(Slot::mechanicId).isEqualTo(BEA);
    assertThat(slots.get(0).price()).isEqualTo(new Money(110_00, "CAD"));
  }

  @Test
  void anyMechanicBreaksATieInBookingsAndPriceWithTheRequestsMechanicOrder() {
    var slots =
        engine.anyMechanic(
            request()
                .mechanics(CHRIS, BEA, ALEX)
                .window(ALEX, MONDAY, "09:00", "10:00")
                .window(BEA, MONDAY, "09:00", "10:00")
                .window(CHRIS, MONDAY, "09:00", "10:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(slots).singleElement().extracting(Slot::mechanicId).isEqualTo(CHRIS);
  }

  @Test
  void slotsAreOrderedByStartThenByTheRequestsMechanicOrderWhateverTheInputOrder() {
    var slots =
        engine.slots(
            request()
                .duration(Duration.ofMinutes(30))
                .step(Duration.ofMinutes(30))
                .mechanics(BEA, ALEX)
                .window(ALEX, TUESDAY, "09:00", "10:00")
                .window(ALEX, MONDAY, "14:00", "15:00")
                .window(ALEX, MONDAY, "09:00", "10:00")
                .window(BEA, MONDAY, "09:30", "10:30")
                .days(MONDAY_JUNE_8, TUESDAY_JUNE_9)
                .build());

    assertThat(localDateTimes(slots))
        .containsExactly(
            "2026-06-08T09:00",
            "2026-06-08T09:30",
            "2026-06-08T09:30",
            "2026-06-08T10:00",
            "2026-06-08T14:00",
            "2026-06-08T14:30",
            "2026-06-09T09:00",
            "2026-06-09T09:30");
    assertThat(slots)
        .extracting(Slot::mechanicId)
        .containsExactly(ALEX, BEA, ALEX, BEA, ALEX, ALEX, ALEX, ALEX);
  }

  @Test
  void availabilityOfMechanicsOutsideTheRequestIsIgnored() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "09:00", "10:00")
                .window(BEA, MONDAY, "08:00", "10:00")
                .busy(BEA, MONDAY_JUNE_8, "09:00", "10:00")
                .override(DateOverride.dayOff(BEA, MONDAY_JUNE_8))
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(slots).extracting(Slot::mechanicId).containsOnly(ALEX).hasSize(1);
  }

  @Test
  void theSameRequestAlwaysGivesTheSameSlots() {
    var request =
        request()
            .mechanics(ALEX, BEA, CHRIS)
            .everyDay(ALEX, "08:00", "17:00")
            .everyDay(BEA, "10:00", "18:00")
            .everyDay(CHRIS, "07:00", "12:00")
            .busy(BEA, MONDAY_JUNE_8, "11:00", "12:30")
            .build();

    assertThat(engine.slots(request)).isEqualTo(engine.slots(request)).isNotEmpty();
    assertThat(engine.anyMechanic(request)).isEqualTo(engine.anyMechanic(request)).isNotEmpty();
  }

  @Test
  void aRequestWithoutAPositiveDurationIsRefused() {
    var request = request().duration(Duration.ZERO).mechanics(ALEX).build();

    assertThatThrownBy(() -> engine.slots(request)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void openingHoursCutEveryWindowSoEachSlotStartsAfterOpeningAndEndsByClosing() {
    var slots =
        engine.slots(
            request()
                .openingHours(
                    new OpeningHours(MONDAY, LocalTime.of(7, 30), LocalTime.of(17, 0)),
                    new OpeningHours(TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "07:00", "18:00")
                .override(
                    new DateOverride(
                        ALEX, TUESDAY_JUNE_9, LocalTime.of(6, 0), LocalTime.of(10, 30), ONE))
                .days(MONDAY_JUNE_8, TUESDAY_JUNE_9)
                .build());

    var monday = slots.stream().filter(s -> s.start().isBefore(at(TUESDAY_JUNE_9))).toList();
    assertThat(localStarts(monday)).startsWith("07:30", "07:45").endsWith("15:45", "16:00");
    assertThat(monday).hasSize(35);
    // The day's other hours are cut to the opening hours too.
    assertThat(localStarts(slots.subList(monday.size(), slots.size())))
        .containsExactly("09:00", "09:15", "09:30");
  }

  @Test
  void aDayWithoutOpeningHoursHasNoSlotsWhateverTheWindowsSay() {
    var slots =
        engine.slots(
            request()
                .openingHours(new OpeningHours(MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)))
                .mechanics(ALEX)
                .everyDay(ALEX, "09:00", "12:00")
                .day(TUESDAY_JUNE_9)
                .build());

    assertThat(slots).isEmpty();
  }

  @Test
  void hoursThatBindNothingLeaveTheWindowsAsTheyAre() {
    var slots =
        engine.slots(
            request()
                .mechanics(ALEX)
                .window(ALEX, MONDAY, "06:00", "08:00")
                .day(MONDAY_JUNE_8)
                .build());

    assertThat(localStarts(slots)).containsExactly("06:00", "06:15", "06:30", "06:45", "07:00");
  }

  private static Instant at(LocalDate date) {
    return date.atStartOfDay(TORONTO).toInstant();
  }

  private static List<String> localStarts(List<Slot> slots) {
    return slots.stream()
        .map(slot -> LocalTime.ofInstant(slot.start(), TORONTO).toString())
        .toList();
  }

  private static List<LocalDate> localDates(List<Slot> slots) {
    return slots.stream()
        .map(slot -> LocalDate.ofInstant(slot.start(), TORONTO))
        .distinct()
        .toList();
  }

  private static List<String> localDateTimes(List<Slot> slots) {
    return slots.stream()
        .map(slot -> LocalDateTime.ofInstant(slot.start(), TORONTO).toString())
        .toList();
  }
}
