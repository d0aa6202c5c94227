package com.otopair.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine's rules hold for random shops in four zones around daylight-saving changes, and its
 * fast path agrees slot for slot with a plain reading of the rules ({@link #expectedSlots}).
 */
class SlotEnginePropertyTest {

  private static final int TRIES = 500;

  private final SlotEngine engine = new SlotEngine();

  @Provide
  Arbitrary<SlotRequest> requests() {
    return RandomShops.requests();
  }

  @Property(tries = TRIES)
  void slotsMatchAPlainReadingOfTheRulesSlotForSlot(@ForAll("requests") SlotRequest request) {
    var slots = engine.slots(request);

    assertThat(slots).containsExactlyElementsOf(expectedSlots(request));
    Statistics.label("slots offered")
        .collect(slots.isEmpty() ? "none" : slots.size() <= 50 ? "1-50" : "over 50");
  }

  @Property(tries = TRIES)
  void noSlotWithItsBuffersOverlapsABookingOfItsMechanicWithItsBuffers(
      @ForAll("requests") SlotRequest request) {
    var policy = request.policy();
    for (var slot : engine.slots(request)) {
      var slotStart = slot.start().minus(policy.bufferBefore());
      var slotEnd = slot.end().plus(policy.bufferAfter());
      for (var busy : request.busy()) {
        if (busy.mechanicId().equals(slot.mechanicId())) {
          var busyStart = busy.start().minus(policy.bufferBefore());
          var busyEnd = busy.end().plus(policy.bufferAfter());
          assertThat(slotStart.isBefore(busyEnd) && busyStart.isBefore(slotEnd))
              .as("%s overlaps %s", slot, busy)
              .isFalse();
        }
      }
    }
  }

  @Property(tries = TRIES)
  void everySlotStartsAfterTheNoticeAndOnADayWithinTheHorizonAndTheRequest(
      @ForAll("requests") SlotRequest request) {
    var zone = request.zone();
    var earliest = request.now().plus(request.policy().minimumNotice());
    var lastDay = LocalDate.ofInstant(request.now(), zone).plusDays(request.policy().horizonDays());
    for (var slot : engine.slots(request)) {
      var day = LocalDate.ofInstant(slot.start(), zone);
      assertThat(slot.start()).isAfterOrEqualTo(earliest);
      assertThat(day).isBeforeOrEqualTo(lastDay).isBetween(request.from(), request.to());
      assertThat(slot.end()).isEqualTo(slot.start().plus(request.duration()));
    }
  }

  @Property(tries = TRIES)
  void everySlotLiesInsideAnIntervalThatAppliesThatDayAtThatIntervalsPrice(
      @ForAll("requests") SlotRequest request) {
    var zone = request.zone();
    for (var slot : engine.slots(request)) {
      var day = LocalDate.ofInstant(slot.start(), zone);
      var mechanic = slot.mechanicId();
      assertThat(request.mechanics()).contains(mechanic);
      assertThat(request.timeOff())
          .noneMatch(period -> period.mechanicId().equals(mechanic) && period.covers(day));
      var override =
          request.overrides().stream()
              .filter(o -> o.mechanicId().equals(mechanic) && o.date().equals(day))
              .findFirst();
      var intervals = new ArrayList<WorkInterval>();
      if (override.isPresent()) {
        assertThat(override.get().isDayOff()).as("a slot on a day off").isFalse();
        intervals.add(
            WorkInterval.of(
                request,
                day,
                override.get().start(),
                override.get().end(),
                override.get().multiplier()));
      } else {
        for (var window : request.windows()) {
          if (window.mechanicId().equals(mechanic) && window.appliesOn(day)) {
            intervals.add(
                WorkInterval.of(request, day, window.start(), window.end(), window.multiplier()));
          }
        }
      }
      assertThat(intervals)
          .as("an interval holding %s", slot)
          .anyMatch(
              interval ->
                  !slot.start().isBefore(interval.start())
                      && !slot.end().isAfter(interval.end())
                      && interval.price().equals(slot.price())
                      && interval.multiplier().compareTo(slot.multiplier()) == 0);
    }
  }

  @Property(tries = TRIES)
  void noMechanicHasSlotsOnADayTheyAlreadyReachedTheDailyCap(
      @ForAll("requests") SlotRequest request) {
    var cap = request.policy().maxBookingsPerDay();
    for (var slot : engine.slots(request)) {
      var day = LocalDate.ofInstant(slot.start(), request.zone());
      if (cap != null) {
        assertThat(bookingsOn(request, slot.mechanicId(), day)).isLessThan(cap);
      }
    }
  }

  @Property(tries = TRIES)
  void slotsAreOrderedByStartThenByTheRequestsMechanicOrder(
      @ForAll("requests") SlotRequest request) {
    assertThat(engine.slots(request)).isSortedAccordingTo(byStartThenMechanicOrder(request));
  }

  @Property(tries = TRIES)
  void anyMechanicOffersEachFreeStartOnceToTheLeastBookedThenCheapestThenFirstMechanic(
      @ForAll("requests") SlotRequest request) {
    var all = engine.slots(request);
    var merged = engine.anyMechanic(request);

    assertThat(merged).extracting(Slot::start).doesNotHaveDuplicates().isSorted();
    assertThat(new HashSet<>(merged.stream().map(Slot::start).toList()))
        .isEqualTo(new HashSet<>(all.stream().map(Slot::start).toList()));
    assertThat(all).containsAll(merged);
    Map<Instant, Slot> best = new LinkedHashMap<>();
    var order = leastBookedThenCheapestThenFirst(request);
    for (var slot : all) {
      best.merge(slot.start(), slot, (one, other) -> order.compare(one, other) <= 0 ? one : other);
    }
    assertThat(merged).containsExactlyElementsOf(best.values());
  }

  private static Comparator<Slot> byStartThenMechanicOrder(SlotRequest request) {
    return Comparator.comparing(Slot::start)
        .thenComparingInt(slot -> request.mechanics().indexOf(slot.mechanicId()));
  }

  private static Comparator<Slot> leastBookedThenCheapestThenFirst(SlotRequest request) {
    return Comparator.<Slot>comparingLong(
            slot ->
                bookingsOn(
                    request, slot.mechanicId(), LocalDate.ofInstant(slot.start(), request.zone())))
        .thenComparingLong(slot -> slot.price().minor())
        .thenComparingInt(slot -> request.mechanics().indexOf(slot.mechanicId()));
  }

  private static long bookingsOn(SlotRequest request, UUID mechanic, LocalDate day) {
    return request.busy().stream()
        .filter(busy -> busy.mechanicId().equals(mechanic))
        .filter(busy -> LocalDate.ofInstant(busy.start(), request.zone()).equals(day))
        .count();
  }

  /** A window or override resolved on one day, with its price. */
  private record WorkInterval(Instant start, Instant end, Money price, BigDecimal multiplier) {

    static WorkInterval of(
        SlotRequest request, LocalDate day, LocalTime start, LocalTime end, BigDecimal multiplier) {
      var zone = request.zone();
      var price = request.price();
      // An end of 00:00 is the midnight that ends the day: when the next day begins.
      return new WorkInterval(
          ZonedDateTime.of(day, start, zone).toInstant(),
          end.equals(LocalTime.MIDNIGHT)
              ? day.plusDays(1).atStartOfDay(zone).toInstant()
              : ZonedDateTime.of(day, end, zone).toInstant(),
          Money.of(price.amount().multiply(multiplier), price.currency()),
          multiplier);
    }
  }

  /**
   * The rules read plainly, one slot at a time: per day and mechanic, the applicable intervals;
   * every step from each start that fits before its end, clear of notice, horizon and bookings. A
   * start a mechanic gets from two intervals (possible when one ends in a spring-forward gap)
   * counts once, from the first.
   */
  static List<Slot> expectedSlots(SlotRequest request) {
    var zone = request.zone();
    var policy = request.policy();
    var earliest = request.now().plus(policy.minimumNotice());
    var lastDay = LocalDate.ofInstant(request.now(), zone).plusDays(policy.horizonDays());
    var mechanics = request.mechanics().stream().distinct().toList();
    var slots = new ArrayList<Slot>();
    for (var day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
      for (var mechanic : mechanics) {
        var today = day;
        if (request.timeOff().stream()
            .anyMatch(period -> period.mechanicId().equals(mechanic) && period.covers(today))) {
          continue;
        }
        var cap = policy.maxBookingsPerDay();
        if (cap != null && bookingsOn(request, mechanic, day) >= cap) {
          continue;
        }
        var intervals = new ArrayList<WorkInterval>();
        var override =
            request.overrides().stream()
                .filter(o -> o.mechanicId().equals(mechanic) && o.date().equals(today))
                .findFirst();
        if (override.isPresent()) {
          if (!override.get().isDayOff()) {
            intervals.add(
                WorkInterval.of(
                    request,
                    day,
                    override.get().start(),
                    override.get().end(),
                    override.get().multiplier()));
          }
        } else {
          for (var window : request.windows()) {
            if (window.mechanicId().equals(mechanic) && window.appliesOn(day)) {
              intervals.add(
                  WorkInterval.of(request, day, window.start(), window.end(), window.multiplier()));
            }
          }
        }
        var starts = new HashSet<Instant>();
        for (var interval : intervals) {
          for (var start = interval.start();
              !start.plus(request.duration()).isAfter(interval.end());
              start = start.plus(policy.step())) {
            var end = start.plus(request.duration());
            if (start.isBefore(earliest)
                || LocalDate.ofInstant(start, zone).isAfter(lastDay)
                || isBusy(request, mechanic, start, end)
                || !starts.add(start)) {
              continue;
            }
            slots.add(new Slot(start, end, mechanic, interval.price(), interval.multiplier()));
          }
        }
      }
    }
    slots.sort(byStartThenMechanicOrder(request));
    return slots;
  }

  private static boolean isBusy(SlotRequest request, UUID mechanic, Instant start, Instant end) {
    var before = request.policy().bufferBefore();
    var after = request.policy().bufferAfter();
    return request.busy().stream()
        .filter(busy -> busy.mechanicId().equals(mechanic))
        .anyMatch(
            busy ->
                start.minus(before).isBefore(busy.end().plus(after))
                    && busy.start().minus(before).isBefore(end.plus(after)));
  }
}
