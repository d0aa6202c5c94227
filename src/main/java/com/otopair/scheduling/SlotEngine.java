package com.otopair.scheduling;

import com.otopair.base.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns availability into bookable slots: pure and deterministic, the same request always gives the
 * same slots. Times are computed in the shop's zone, so a 09:00 window stays 09:00 local across
 * daylight-saving changes, and a window until midnight ends when the next day begins. Where the
 * request's {@link ShopHours} bind (work at the shop), each window is cut to that day's opening
 * hours, so every slot starts at or after the opening and ends by the closing; a day without hours
 * has no slots.
 *
 * <p>Each window's start and end are resolved to instants in the shop's zone, and slots step
 * through instants from the start: a window across the spring-forward gap has no phantom slots, and
 * one across the fall-back hour keeps every real one. The work is done in epoch seconds: busy
 * intervals are widened by both buffers and merged once per mechanic, so each candidate start is
 * checked against one merged interval, and a blocked start jumps straight past it. Sub-second parts
 * are rounded towards refusing a slot (busy intervals widen, slots start on the next whole second).
 */
public final class SlotEngine {

  /** Every free slot of every mechanic, ordered by start, then by the mechanic's order. */
  public List<Slot> slots(SlotRequest request) {
    return new Computation(request).slots(false);
  }

  /**
   * One slot per start time, merged across mechanics ("any mechanic"): each goes to the mechanic
   * with the fewest bookings that local day, then the lowest price, then the first in the request's
   * order.
   */
  public List<Slot> anyMechanic(SlotRequest request) {
    return new Computation(request).slots(true);
  }

  /**
   * A day's candidate slot is one long: seconds after the day's start (20 bits), the mechanic's
   * position (22 bits), then the number of the window that gave it that day (21 bits), so the
   * longs' order is start, then mechanic, then window.
   */
  private static final int WINDOW_BITS = 21;

  private static final int MECHANIC_BITS = 22;
  private static final int OFFSET_SHIFT = WINDOW_BITS + MECHANIC_BITS;
  private static final long WINDOW_MASK = (1L << WINDOW_BITS) - 1;
  private static final long MECHANIC_MASK = (1L << MECHANIC_BITS) - 1;
  private static final long OFFSET_LIMIT = 1L << (Long.SIZE - 1 - OFFSET_SHIFT);

  /** Two digits of the radix sort cover every offset below {@link #OFFSET_LIMIT}. */
  private static final int DIGIT_BITS = 10;

  private static final int DIGITS = 1 << DIGIT_BITS;
  private static final long DIGIT_MASK = DIGITS - 1;

  /** No zone's offset exceeds 18 hours, so a local date's times lie this close to its UTC day. */
  private static final long MAX_OFFSET_SECONDS = 18 * 3_600;

  private static final long SECONDS_PER_DAY = 86_400;

  /** One request's prepared inputs and the reusable buffers of the day being computed. */
  private static final class Computation {
    private final SlotRequest request;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final long durationSeconds;
    private final long stepSeconds;
    private final long earliestStart;
    private final LocalDate lastDate;
    private final @Nullable Integer dailyCap;
    private final List<MechanicAvailability> mechanics;

    private long[] candidates = new long[1024];
    private int candidateCount;
    private Money[] windowPrices = new Money[64];
    private BigDecimal[] windowMultipliers = new BigDecimal[64];
    private int windowCount;
    private final int[] busyToday;
    private long[] sortBuffer = new long[0];
    private final int[] digitPositions = new int[DIGITS + 1];
    private long lastStartSecond = Long.MIN_VALUE;
    private Instant lastStart = Instant.EPOCH;
    private Instant lastEnd = Instant.EPOCH;

    /** Set per day: whether local times map to instants with one fixed offset, and that offset. */
    private boolean offsetConstantToday;

    private long utcMidnightToday;
    private int offsetToday;

    /** Set per day: the epoch seconds between which slots may lie (the shop's opening hours). */
    private long openToday;

    private long closeToday;

    Computation(SlotRequest request) {
      if (request.duration().isNegative() || request.duration().isZero()) {
        throw new IllegalArgumentException("A slot needs a positive duration");
      }
      if (request.policy().step().isNegative() || request.policy().step().isZero()) {
        throw new IllegalArgumentException("Slots need a positive step");
      }
      this.request = request;
      this.zone = request.zone();
      this.rules = zone.getRules();
      var policy = request.policy();
      this.durationSeconds = secondsRoundedUp(request.duration());
      this.stepSeconds = secondsRoundedUp(policy.step());
      this.earliestStart = secondsRoundedUp(request.now().plus(policy.minimumNotice()));
      var horizonDate = LocalDate.ofInstant(request.now(), zone).plusDays(policy.horizonDays());
      this.lastDate = request.to().isAfter(horizonDate) ? horizonDate : request.to();
      this.dailyCap = policy.maxBookingsPerDay();
      this.mechanics = prepareMechanics(request);
      this.busyToday = new int[mechanics.size()];
    }

    List<Slot> slots(boolean oneMechanicPerStart) {
      var slots = new ArrayList<Slot>();
      if (request.from().isAfter(lastDate)) {
        return slots;
      }
      var nextDayStart = request.from().atStartOfDay(zone);
      for (var date = request.from(); !date.isAfter(lastDate); date = date.plusDays(1)) {
        var dayStart = nextDayStart;
        nextDayStart = date.plusDays(1).atStartOfDay(zone);
        if (!dayStart.toLocalDate().equals(date)) {
          continue; // the zone skipped this date altogether
        }
        collectCandidates(date, dayStart.toEpochSecond(), nextDayStart.toEpochSecond());
        sortCandidatesByStart();
        if (oneMechanicPerStart) {
          addLeastBookedPerStart(slots, dayStart.toEpochSecond());
        } else {
          addAll(slots, dayStart.toEpochSecond());
        }
      }
      return slots;
    }

    private void collectCandidates(LocalDate date, long dayStart, long nextDayStart) {
      candidateCount = 0;
      windowCount = 0;
      prepareLocalTimes(date);
      if (!prepareOpeningHours(date)) {
        return;
      }
      int weekday = date.getDayOfWeek().getValue() - 1;
      for (var mechanic : mechanics) {
        if (mechanic.isAwayOn(date)) {
          continue;
        }
        int busy = mechanic.busyStartingBetween(dayStart, nextDayStart);
        if (dailyCap != null && busy >= dailyCap) {
          continue;
        }
        busyToday[mechanic.position] = busy;
        var override = mechanic.overrides.get(date);
        if (override != null) {
          if (!override.isDayOff()) {
            addWindow(
                mechanic,
                date,
                dayStart,
                nextDayStart,
                override.start(),
                override.end(),
                price(override.multiplier()),
                override.multiplier());
          }
          continue;
        }
        var windows = mechanic.windowsByWeekday[weekday];
        var prices = mechanic.pricesByWeekday[weekday];
        for (int i = 0; i < windows.length; i++) {
          var window = windows[i];
          if (window.appliesOn(date)) {
            addWindow(
                mechanic,
                date,
                dayStart,
                nextDayStart,
                window.start(),
                window.end(),
                prices[i],
                window.multiplier());
          }
        }
      }
    }

    /**
     * Adds the free starts of one window: every step from its start that fits before its end. A
     * window until midnight ({@link EndOfDay}) ends when the next day begins.
     */
    private void addWindow(
        MechanicAvailability mechanic,
        LocalDate date,
        long dayStart,
        long nextDayStart,
        @Nullable LocalTime startTime,
        @Nullable LocalTime endTime,
        Money price,
        BigDecimal multiplier) {
      if (startTime == null || endTime == null) {
        return;
      }
      long windowStart = Math.max(instantOf(date, startTime, true), openToday);
      long windowEnd =
          Math.min(
              EndOfDay.is(endTime) ? nextDayStart : instantOf(date, endTime, false), closeToday);
      long latestStart = windowEnd - durationSeconds;
      long start = windowStart;
      if (start < earliestStart) {
        start = windowStart + Math.ceilDiv(earliestStart - windowStart, stepSeconds) * stepSeconds;
      }
      if (start > latestStart) {
        return;
      }
      if (windowStart < dayStart || latestStart - dayStart >= OFFSET_LIMIT) {
        throw new IllegalStateException("A window of " + date + " resolved outside that day");
      }
      int window = registerWindow(price, multiplier);
      long keyBase = ((long) mechanic.position << WINDOW_BITS) | window;
      long[] blockedStarts = mechanic.blockedStarts;
      long[] blockedEnds = mechanic.blockedEnds;
      int blocked = mechanic.firstBlockEndingAfter(start);
      while (start <= latestStart) {
        while (blocked < blockedEnds.length && blockedEnds[blocked] <= start) {
          blocked++;
        }
        if (blocked < blockedEnds.length && blockedStarts[blocked] < start + durationSeconds) {
          start =
              windowStart
                  + Math.ceilDiv(blockedEnds[blocked] - windowStart, stepSeconds) * stepSeconds;
          continue;
        }
        if (candidateCount == candidates.length) {
          candidates = Arrays.copyOf(candidates, candidateCount * 2);
        }
        candidates[candidateCount++] = ((start - dayStart) << OFFSET_SHIFT) | keyBase;
        start += stepSeconds;
      }
    }

    private int registerWindow(Money price, BigDecimal multiplier) {
      if (windowCount == windowPrices.length) {
        windowPrices = Arrays.copyOf(windowPrices, windowCount * 2);
        windowMultipliers = Arrays.copyOf(windowMultipliers, windowCount * 2);
      }
      if (windowCount > WINDOW_MASK) {
        throw new IllegalArgumentException("Too many windows in one day");
      }
      windowPrices[windowCount] = price;
      windowMultipliers[windowCount] = multiplier;
      return windowCount++;
    }

    /** Every candidate as a slot; a mechanic's overlapping windows give a start once. */
    private void addAll(List<Slot> slots, long dayStart) {
      if (slots instanceof ArrayList<Slot> list) {
        list.ensureCapacity(list.size() + candidateCount);
      }
      long previousStartAndMechanic = -1;
      for (int i = 0; i < candidateCount; i++) {
        long candidate = candidates[i];
        long startAndMechanic = candidate >>> WINDOW_BITS;
        if (startAndMechanic != previousStartAndMechanic) {
          slots.add(slot(candidate, dayStart));
          previousStartAndMechanic = startAndMechanic;
        }
      }
    }

    /**
     * Orders the day's candidates by start, then mechanic, then window. They were added in mechanic
     * order and, per mechanic, in window order, so a stable sort on the start alone suffices: two
     * counting passes over 10-bit digits of the seconds into the day, linear in the candidates
     * (sorting the longs gives the same order, about three times slower here).
     */
    private void sortCandidatesByStart() {
      if (sortBuffer.length < candidates.length) {
        sortBuffer = new long[candidates.length];
      }
      countingPass(candidates, sortBuffer, OFFSET_SHIFT);
      countingPass(sortBuffer, candidates, OFFSET_SHIFT + DIGIT_BITS);
    }

    private void countingPass(long[] from, long[] to, int shift) {
      int[] firstOfDigit = digitPositions;
      Arrays.fill(firstOfDigit, 0);
      for (int i = 0; i < candidateCount; i++) {
        firstOfDigit[(int) ((from[i] >>> shift) & DIGIT_MASK) + 1]++;
      }
      for (int digit = 0; digit < DIGITS; digit++) {
        firstOfDigit[digit + 1] += firstOfDigit[digit];
      }
      for (int i = 0; i < candidateCount; i++) {
        to[firstOfDigit[(int) ((from[i] >>> shift) & DIGIT_MASK)]++] = from[i];
      }
    }

    /** Per start, the candidate of the least booked mechanic, then the cheapest, then the first. */
    private void addLeastBookedPerStart(List<Slot> slots, long dayStart) {
      int i = 0;
      while (i < candidateCount) {
        long offset = candidates[i] >>> OFFSET_SHIFT;
        long best = candidates[i];
        long previousMechanic = mechanicOf(best);
        int j = i + 1;
        for (; j < candidateCount && candidates[j] >>> OFFSET_SHIFT == offset; j++) {
          long candidate = candidates[j];
          long mechanic = mechanicOf(candidate);
          if (mechanic != previousMechanic && isBetter(candidate, best)) {
            best = candidate;
          }
          previousMechanic = mechanic;
        }
        slots.add(slot(best, dayStart));
        i = j;
      }
    }

    private boolean isBetter(long candidate, long best) {
      int candidateBusy = busyToday[(int) mechanicOf(candidate)];
      int bestBusy = busyToday[(int) mechanicOf(best)];
      if (candidateBusy != bestBusy) {
        return candidateBusy < bestBusy;
      }
      return windowPrices[(int) (candidate & WINDOW_MASK)].minor()
          < windowPrices[(int) (best & WINDOW_MASK)].minor();
    }

    private static long mechanicOf(long candidate) {
      return (candidate >>> WINDOW_BITS) & MECHANIC_MASK;
    }

    /** Mechanics free at the same time share the start and end instants: they are values. */
    private Slot slot(long candidate, long dayStart) {
      long start = dayStart + (candidate >>> OFFSET_SHIFT);
      if (start != lastStartSecond) {
        lastStartSecond = start;
        lastStart = Instant.ofEpochSecond(start);
        lastEnd = lastStart.plus(request.duration());
      }
      int window = (int) (candidate & WINDOW_MASK);
      return new Slot(
          lastStart,
          lastEnd,
          mechanics.get((int) mechanicOf(candidate)).id,
          windowPrices[window],
          windowMultipliers[window]);
    }

    private Money price(BigDecimal multiplier) {
      var price = request.price();
      return Money.of(price.amount().multiply(multiplier), price.currency());
    }

    /**
     * Finds whether every local time of {@code date} has one offset (no transition within reach),
     * so those times convert with arithmetic instead of a {@link ZonedDateTime} each.
     */
    private void prepareLocalTimes(LocalDate date) {
      utcMidnightToday = date.toEpochDay() * SECONDS_PER_DAY;
      if (rules.isFixedOffset()) {
        offsetConstantToday = true;
        offsetToday = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        return;
      }
      ZoneOffsetTransition next =
          rules.nextTransition(Instant.ofEpochSecond(utcMidnightToday - MAX_OFFSET_SECONDS - 1));
      offsetConstantToday =
          next == null
              || next.toEpochSecond() > utcMidnightToday + SECONDS_PER_DAY + MAX_OFFSET_SECONDS;
      offsetToday = rules.getOffset(Instant.ofEpochSecond(utcMidnightToday)).getTotalSeconds();
    }

    /**
     * Sets the span of {@code date} that slots may use: the whole day, or its opening hours where
     * they bind. Answers false on a day they bind and the shop is closed.
     */
    private boolean prepareOpeningHours(LocalDate date) {
      var hours = request.hours();
      if (!hours.binds()) {
        openToday = Long.MIN_VALUE;
        closeToday = Long.MAX_VALUE;
        return true;
      }
      var open = hours.on(date.getDayOfWeek());
      if (open.isEmpty()) {
        return false;
      }
      openToday = instantOf(date, open.get().opens(), true);
      closeToday = instantOf(date, open.get().closes(), false);
      return true;
    }

    /** The epoch second of {@code time} on {@code date} as {@link ZonedDateTime#of} resolves it. */
    private long instantOf(LocalDate date, LocalTime time, boolean roundUp) {
      long seconds;
      if (offsetConstantToday) {
        seconds = utcMidnightToday + time.toSecondOfDay() - offsetToday;
      } else {
        seconds = ZonedDateTime.of(date, time, zone).toEpochSecond();
      }
      return roundUp && time.getNano() > 0 ? seconds + 1 : seconds;
    }

    private List<MechanicAvailability> prepareMechanics(SlotRequest request) {
      Map<UUID, MechanicAvailability> byId = new LinkedHashMap<>();
      for (var id : request.mechanics()) {
        byId.computeIfAbsent(id, key -> new MechanicAvailability(key, byId.size()));
      }
      if (byId.size() > MECHANIC_MASK) {
        throw new IllegalArgumentException("Too many mechanics in one request");
      }
      Map<UUID, List<WeeklyWindow>> windows = new HashMap<>();
      for (var window : request.windows()) {
        if (byId.containsKey(window.mechanicId())) {
          windows.computeIfAbsent(window.mechanicId(), key -> new ArrayList<>()).add(window);
        }
      }
      for (var override : request.overrides()) {
        var mechanic = byId.get(override.mechanicId());
        if (mechanic != null) {
          mechanic.overrides.putIfAbsent(override.date(), override);
        }
      }
      for (var timeOff : request.timeOff()) {
        var mechanic = byId.get(timeOff.mechanicId());
        if (mechanic != null) {
          mechanic.timeOff.add(timeOff);
        }
      }
      Map<UUID, List<BusyInterval>> busy = new HashMap<>();
      for (var interval : request.busy()) {
        if (byId.containsKey(interval.mechanicId())) {
          busy.computeIfAbsent(interval.mechanicId(), key -> new ArrayList<>()).add(interval);
        }
      }
      var policy = request.policy();
      long gap = secondsRoundedUp(policy.bufferBefore()) + secondsRoundedUp(policy.bufferAfter());
      var mechanics = new ArrayList<>(byId.values());
      for (var mechanic : mechanics) {
        mechanic.setWindows(windows.getOrDefault(mechanic.id, List.of()), this::price);
        mechanic.setBusy(busy.getOrDefault(mechanic.id, List.of()), gap);
      }
      return mechanics;
    }
  }

  /** One mechanic's availability, indexed for the day-by-day walk. */
  private static final class MechanicAvailability {
    private final UUID id;
    private final int position;
    private final Map<LocalDate, DateOverride> overrides = new HashMap<>();
    private final List<TimeOffPeriod> timeOff = new ArrayList<>();
    private final WeeklyWindow[][] windowsByWeekday = new WeeklyWindow[7][];
    private final Money[][] pricesByWeekday = new Money[7][];

    /** Starts of the busy intervals, sorted: counts a day's bookings with two binary searches. */
    private long[] busyStarts = new long[0];

    /** Busy intervals widened by both buffers and merged: sorted, disjoint, ends increasing. */
    private long[] blockedStarts = new long[0];

    private long[] blockedEnds = new long[0];

    MechanicAvailability(UUID id, int position) {
      this.id = id;
      this.position = position;
    }

    void setWindows(List<WeeklyWindow> windows, Function<BigDecimal, Money> price) {
      for (var day : DayOfWeek.values()) {
        var ofDay = new ArrayList<WeeklyWindow>();
        for (var window : windows) {
          if (window.day() == day) {
            ofDay.add(window);
          }
        }
        int weekday = day.getValue() - 1;
        windowsByWeekday[weekday] = ofDay.toArray(WeeklyWindow[]::new);
        pricesByWeekday[weekday] = new Money[ofDay.size()];
        for (int i = 0; i < ofDay.size(); i++) {
          pricesByWeekday[weekday][i] = price.apply(ofDay.get(i).multiplier());
        }
      }
    }

    /**
     * A slot [t, t + d) with buffers overlaps a booking [s, e) with buffers exactly when [t, t + d)
     * overlaps [s - gap, e + gap), gap being both buffers added. Those widened intervals are merged
     * by sweeping their sorted starts and sorted ends.
     */
    void setBusy(List<BusyInterval> busy, long gap) {
      busyStarts = new long[busy.size()];
      long[] starts = new long[busy.size()];
      long[] ends = new long[busy.size()];
      int widened = 0;
      for (int i = 0; i < busy.size(); i++) {
        var interval = busy.get(i);
        long start = interval.start().getEpochSecond();
        long end = secondsRoundedUp(interval.end());
        busyStarts[i] = start;
        if (end + gap > start - gap) {
          starts[widened] = start - gap;
          ends[widened] = end + gap;
          widened++;
        }
      }
      Arrays.sort(busyStarts);
      Arrays.sort(starts, 0, widened);
      Arrays.sort(ends, 0, widened);
      long[] mergedStarts = new long[widened];
      long[] mergedEnds = new long[widened];
      int merged = 0;
      int open = 0;
      int nextStart = 0;
      int nextEnd = 0;
      while (nextEnd < widened) {
        if (nextStart < widened && starts[nextStart] <= ends[nextEnd]) {
          if (open++ == 0) {
            mergedStarts[merged] = starts[nextStart];
          }
          nextStart++;
        } else {
          if (--open == 0) {
            mergedEnds[merged++] = ends[nextEnd];
          }
          nextEnd++;
        }
      }
      blockedStarts = Arrays.copyOf(mergedStarts, merged);
      blockedEnds = Arrays.copyOf(mergedEnds, merged);
    }

    boolean isAwayOn(LocalDate date) {
      for (var period : timeOff) {
        if (period.covers(date)) {
          return true;
        }
      }
      return false;
    }

    int busyStartingBetween(long from, long until) {
      return firstAtOrAfter(busyStarts, until) - firstAtOrAfter(busyStarts, from);
    }

    /** The first merged blocked interval that ends after {@code second}. */
    int firstBlockEndingAfter(long second) {
      return firstAtOrAfter(blockedEnds, second + 1);
    }

    private static int firstAtOrAfter(long[] sorted, long value) {
      int low = 0;
      int high = sorted.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (sorted[middle] < value) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }
  }

  private static long secondsRoundedUp(Duration duration) {
    return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
  }

  private static long secondsRoundedUp(Instant instant) {
    return instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
  }
}
