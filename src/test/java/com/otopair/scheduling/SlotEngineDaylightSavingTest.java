package com.otopair.scheduling;

import static com.otopair.scheduling.SlotRequestBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.shops.OpeningHours;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Clocks fall back on 2026-11-01 and spring forward on 2027-03-14 in both zones. */
class SlotEngineDaylightSavingTest {

  private static final UUID ALEX = new UUID(0, 1);
  private static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);
  private static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 14);

  private final SlotEngine engine = new SlotEngine();

  @ParameterizedTest
  @ValueSource(strings = {"America/Toronto", "America/Chicago"})
  void aNineToFiveWindowStartsAtNineLocalWithTheUsualCountOnTheFallBackDay(String zoneName) {
    var zone = ZoneId.of(zoneName);

    var slotsByDay = nineToFiveSlotsByDay(zone, FALL_BACK);

    assertThat(slotsByDay)
        .containsOnlyKeys(FALL_BACK.minusDays(1), FALL_BACK, FALL_BACK.plusDays(1));
    slotsByDay.forEach(
        (date, slots) -> {
          assertThat(localTime(slots.getFirst(), zone)).isEqualTo(LocalTime.of(9, 0));
          assertThat(localTime(slots.getLast(), zone)).isEqualTo(LocalTime.of(16, 0));
          assertThat(slots).hasSize(29);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/Toronto", "America/Chicago"})
  void aNineToFiveWindowStartsAtNineLocalWithTheUsualCountOnTheSpringForwardDay(String zoneName) {
    var zone = ZoneId.of(zoneName);

    var slotsByDay = nineToFiveSlotsByDay(zone, SPRING_FORWARD);

    assertThat(slotsByDay)
        .containsOnlyKeys(SPRING_FORWARD.minusDays(1), SPRING_FORWARD, SPRING_FORWARD.plusDays(1));
    slotsByDay.forEach(
        (date, slots) -> {
          assertThat(localTime(slots.getFirst(), zone)).isEqualTo(LocalTime.of(9, 0));
          assertThat(localTime(slots.getLast(), zone)).isEqualTo(LocalTime.of(16, 0));
          assertThat(slots).hasSize(29);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/Toronto", "America/Chicago"})
  void aMidnightToFourWindowOnTheFallBackDayOffersFiveRealHoursWithOneOClockTwice(String zoneName) {
    var zone = ZoneId.of(zoneName);

    var slots = midnightToFourSlots(zone, FALL_BACK);

    assertThat(slots).hasSize(5 * 4);
    assertThat(slots).extracting(Slot::start).doesNotHaveDuplicates().isSorted();
    assertThat(Duration.between(slots.getFirst().start(), slots.getLast().end()))
        .isEqualTo(Duration.ofHours(5));
    var oneOClock =
        slots.stream()
            .filter(slot -> localTime(slot, zone).equals(LocalTime.of(1, 0)))
            .map(slot -> ZonedDateTime.ofInstant(slot.start(), zone).getOffset())
            .toList();
    var offsets = zone.getRules().getValidOffsets(LocalDateTime.of(FALL_BACK, LocalTime.of(1, 0)));
    assertThat(oneOClock).containsExactlyElementsOf(offsets);
    assertThat(slots.stream().filter(slot -> localTime(slot, zone).getHour() == 1)).hasSize(8);
    assertThat(localTime(slots.getFirst(), zone)).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(localTime(slots.getLast(), zone)).isEqualTo(LocalTime.of(3, 45));
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/Toronto", "America/Chicago"})
  void aMidnightToFourWindowOnTheSpringForwardDayOffersThreeRealHoursAndNoTwoOClock(
      String zoneName) {
    var zone = ZoneId.of(zoneName);

    var slots = midnightToFourSlots(zone, SPRING_FORWARD);

    assertThat(slots).hasSize(3 * 4);
    assertThat(slots).extracting(Slot::start).doesNotHaveDuplicates().isSorted();
    assertThat(Duration.between(slots.getFirst().start(), slots.getLast().end()))
        .isEqualTo(Duration.ofHours(3));
    assertThat(slots).noneMatch(slot -> localTime(slot, zone).getHour() == 2);
    assertThat(slots.stream().map(slot -> localTime(slot, zone).toString()))
        .startsWith("00:00", "00:15", "00:30", "00:45", "01:00")
        .contains("01:45", "03:00")
        .endsWith("03:45");
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/Toronto", "America/Chicago"})
  void aBookingInTheRepeatedHourBlocksOnlyTheSlotsAtItsOwnOffset(String zoneName) {
    var zone = ZoneId.of(zoneName);
    var firstOneOClock = ZonedDateTime.of(FALL_BACK, LocalTime.of(1, 0), zone);
    var request =
        request()
            .zone(zone)
            .now(LocalDateTime.of(2026, 10, 20, 8, 0))
            .duration(Duration.ofMinutes(15))
            .mechanics(ALEX)
            .everyDay(ALEX, "00:00", "04:00")
            .busy(
                new BusyInterval(
                    ALEX,
                    firstOneOClock.toInstant(),
                    firstOneOClock.toInstant().plus(Duration.ofHours(1))))
            .day(FALL_BACK)
            .build();

    var slots = engine.slots(request);

    assertThat(slots).hasSize(4 * 4);
    var oneOClockOffsets =
        slots.stream()
            .filter(slot -> localTime(slot, zone).getHour() == 1)
            .map(slot -> ZonedDateTime.ofInstant(slot.start(), zone).getOffset())
            .collect(Collectors.toSet());
    ZoneOffset standardOffset = zone.getRules().getStandardOffset(firstOneOClock.toInstant());
    assertThat(oneOClockOffsets).containsExactly(standardOffset);
  }

  /**
   * Santiago changes its clocks at midnight: on 2026-09-05 the day ends at what would be 00:00 and
   * the next begins at 01:00; on 2027-04-03 the hour before midnight happens twice. A window until
   * midnight ends when the next day begins: six real hours, then seven.
   */
  @ParameterizedTest
  @CsvSource({
    "2026-09-05, 6, '18:00,19:00,20:00,21:00,22:00,23:00'",
    "2027-04-03, 7, '18:00,19:00,20:00,21:00,22:00,23:00,23:00'"
  })
  void aWindowUntilMidnightEndsWhenTheNextDayBeginsWhereClocksChangeAtMidnight(
      LocalDate day, int hours, String starts) {
    var zone = ZoneId.of("America/Santiago");
    var request =
        request()
            .zone(zone)
            .now(LocalDateTime.of(day.minusDays(10), LocalTime.of(8, 0)))
            .step(Duration.ofHours(1))
            .mechanics(ALEX)
            .everyDay(ALEX, "18:00", "24:00")
            .day(day)
            .build();

    var slots = engine.slots(request);

    assertThat(slots.stream().map(slot -> localTime(slot, zone).toString()))
        .containsExactly(starts.split(","));
    assertThat(slots).extracting(Slot::start).doesNotHaveDuplicates();
    assertThat(Duration.between(slots.getFirst().start(), slots.getLast().end()))
        .isEqualTo(Duration.ofHours(hours));
    assertThat(slots.getLast().end()).isEqualTo(day.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /**
   * A shop open 08:00 to 17:00 on the Sundays the clocks change: in-shop slots start at 08:00 local
   * and the last one ends at 17:00 local, though the day lasts 25 or 23 hours.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2026-11-01", "2027-03-14"})
  void openingHoursHoldInLocalTimeOnTheDaysTheClocksChange(LocalDate day) {
    var zone = ZoneId.of("America/Toronto");
    var request =
        request()
            .zone(zone)
            .now(LocalDateTime.of(day.minusDays(10), LocalTime.of(8, 0)))
            .openingHours(
                new OpeningHours(day.getDayOfWeek(), LocalTime.of(8, 0), LocalTime.of(17, 0)))
            .mechanics(ALEX)
            .everyDay(ALEX, "00:00", "24:00")
            .day(day)
            .build();

    var slots = engine.slots(request);

    assertThat(localTime(slots.getFirst(), zone)).isEqualTo(LocalTime.of(8, 0));
    assertThat(localTime(slots.getLast(), zone)).isEqualTo(LocalTime.of(16, 0));
    assertThat(slots.getLast().end())
        .isEqualTo(ZonedDateTime.of(day, LocalTime.of(17, 0), zone).toInstant());
    assertThat(slots).hasSize(33);
  }

  /**
   * Opening hours that begin at 01:30 and close at 04:00 span the changed hour itself: one and a
   * half real hours when the clocks spring forward (no 02:xx start), three and a half when they
   * fall back (01:30 of the first pass onwards).
   */
  @ParameterizedTest
  @CsvSource({"2027-03-14, 6", "2026-11-01, 14"})
  void openingHoursAcrossTheChangedHourOfferOnlyItsRealTime(LocalDate day, int count) {
    var zone = ZoneId.of("America/Toronto");
    var request =
        request()
            .zone(zone)
            .now(LocalDateTime.of(day.minusDays(10), LocalTime.of(8, 0)))
            .duration(Duration.ofMinutes(15))
            .openingHours(
                new OpeningHours(day.getDayOfWeek(), LocalTime.of(1, 30), LocalTime.of(4, 0)))
            .mechanics(ALEX)
            .everyDay(ALEX, "00:00", "24:00")
            .day(day)
            .build();

    var slots = engine.slots(request);

    assertThat(slots).hasSize(count);
    assertThat(localTime(slots.getFirst(), zone)).isEqualTo(LocalTime.of(1, 30));
    assertThat(localTime(slots.getLast(), zone)).isEqualTo(LocalTime.of(3, 45));
    assertThat(slots.getLast().end())
        .isEqualTo(ZonedDateTime.of(day, LocalTime.of(4, 0), zone).toInstant());
  }

  private Map<LocalDate, List<Slot>> nineToFiveSlotsByDay(ZoneId zone, LocalDate changeDay) {
    var request =
        request()
            .zone(zone)
            .now(LocalDateTime.of(changeDay.minusDays(10), LocalTime.of(8, 0)))
            .mechanics(ALEX)
            .everyDay(ALEX, "09:00", "17:00")
            .days(changeDay.minusDays(1), changeDay.plusDays(1))
            .build();
    return engine.slots(request).stream()
        .collect(
            Collectors.groupingBy(
                slot -> LocalDate.ofInstant(slot.start(), zone),
                TreeMap::new,
                Collectors.toList()));
  }

  private List<Slot> midnightToFourSlots(ZoneId zone, LocalDate changeDay) {
    var request =
        request()
            .zone(zone)
            .now(LocalDateTime.of(changeDay.minusDays(10), LocalTime.of(8, 0)))
            .duration(Duration.ofMinutes(15))
            .mechanics(ALEX)
            .everyDay(ALEX, "00:00", "04:00")
            .day(changeDay)
            .build();
    return engine.slots(request);
  }

  private static LocalTime localTime(Slot slot, ZoneId zone) {
    return LocalTime.ofInstant(slot.start(), zone);
  }
}
